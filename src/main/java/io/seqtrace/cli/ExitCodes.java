package io.seqtrace.cli;

/** The exit codes every command keeps to, as listed in {@code seqtrace --help}. */
final class ExitCodes {
  /** The command did what was asked; syntax errors in the input are reported, not failures. */
  static final int OK = 0;
  /** {@code check} found problems. */
  static final int PROBLEMS = 1;
  /** Bad usage, unreadable repository, unknown ref, or an internal error. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
