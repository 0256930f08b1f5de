package io.seqtrace.cli;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.source.GitSource;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * One command's use of a repository, the same for every command: opens it (a first use clones it,
 * with progress on stderr), resolves the project at each ref once, and times the work for the
 * summary line that closes the command's stderr ({@code traced 3 operations ... in 0.44 s}).
 */
final class RepoSession implements AutoCloseable {
  private final GitSource source;
  private final RepoOptions options;
  private final PrintWriter err;
  // Started once the source is open: a first clone is a one-off and says nothing about the work.
  private final long start = System.nanoTime();

  private RepoSession(GitSource source, RepoOptions options, PrintWriter err) {
    this.source = source;
    this.options = options;
    this.err = err;
  }

  static RepoSession open(RepoOptions options, PrintWriter err) {
    return new RepoSession(GitSource.open(options.repo(), options.cacheDir(), CliProgress.to(err)), options, err);
  }

  GitSource source() {
    return source;
  }

  /** The project at {@code ref}: profile, what to read and its packaging files (see {@link RepoOptions#project}). */
  ResolvedProject project(String ref) {
    return options.project(source, ref);
  }

  /** The code at {@code ref}, parsed and indexed. */
  Analysis analysis(String ref) {
    return Analysis.load(source, project(ref));
  }

  /** The operations and workflows at {@code ref}, from the trace store when traced before. */
  TracedRevision traced(String ref) {
    return TracedRevision.open(source, project(ref));
  }

  /** Time since the source was opened. */
  long elapsedNanos() {
    return System.nanoTime() - start;
  }

  double seconds() {
    return elapsedNanos() / 1e9;
  }

  /** Prints {@code format} on stderr followed by {@code in 0.44 s}: every command's closing line. */
  void summary(String format, Object... args) {
    err.println(String.format(Locale.ROOT, format, args) + String.format(Locale.ROOT, " in %.2f s", seconds()));
    err.flush();
  }

  @Override
  public void close() {
    source.close();
  }
}
