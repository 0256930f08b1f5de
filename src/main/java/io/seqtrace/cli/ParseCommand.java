package io.seqtrace.cli;

import io.seqtrace.project.Codebase;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.LoadedCodebase;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.source.Revision;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seqtrace parse}: parses every Python file of a revision and reports syntax errors. */
@Command(
    name = "parse",
    description = {
        "Parse every Python file under --path at --ref and report syntax errors.",
        "Prints a summary line, then one path:line:col: message line per error. Syntax errors in "
            + "the input do not change the exit code (0); a bad repository, ref or path does (2)."})
final class ParseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private RevisionOptions repo;

  @Option(names = "--json", description = "Print {\"files\", \"lines\", \"errors\": [{\"path\", \"line\", \"column\", \"message\"}], \"seconds\"} instead.")
  private boolean json;

  @Override
  public Integer call() {
    String ref = repo.requireRef();
    repo.loadOptions(); // usage errors (--threads 0) before the repository is touched
    PrintWriter err = spec.commandLine().getErr();
    ProgressSink progress = line -> {
      err.println(line);
      err.flush();
    };
    try (GitSource source = GitSource.open(repo.repo(), repo.cacheDir(), progress)) {
      // Which directory: --path, else the project's own (nova, cinder, ...).
      LoadOptions options = repo.project(source, ref).options();
      // Timed after opening: a first clone is a one-off and says nothing about parsing.
      long start = System.nanoTime();
      Revision revision = source.resolve(ref);
      LoadedCodebase codebase = Codebase.load(source, revision, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.print(json ? ParseReport.json(codebase, seconds) : ParseReport.text(codebase, seconds));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
