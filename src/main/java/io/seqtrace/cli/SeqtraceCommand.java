package io.seqtrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every subcommand: its output streams, the repository it opens ({@link RepoSession}),
 * and an {@link ExitCode} as its answer, so no command returns a bare number.
 */
abstract class SeqtraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** What picocli calls: the command's answer as the number the process exits with. */
  @Override
  public final Integer call() throws Exception {
    return execute().code();
  }

  /** Does the command's work; bad input is thrown as an exception, which {@link Main} reports. */
  abstract ExitCode execute() throws Exception;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Opens the repository {@code repo} names, clone progress on stderr, and starts the clock. */
  RepoSession open(RepoOptions repo) {
    return RepoSession.open(repo, err());
  }
}
