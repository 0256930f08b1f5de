package io.seqtrace.cli;

/**
 * The exit codes every command answers with, as {@code seqtrace --help} and the README list them;
 * the numbers are a contract with scripts and CI jobs, so they never change.
 */
enum ExitCode {
  /** The command did what was asked; syntax errors in the input are reported, not failures. */
  OK(0),
  /** {@code check} found problems: a script is stale. */
  PROBLEMS(1),
  /** Bad usage, unreadable repository, unknown ref, a file that could not be read or written, or an internal error. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  int code() {
    return code;
  }
}
