package io.seqtrace.source;

import java.io.PrintStream;

/** Receives one human-readable progress line at a time, such as {@code Receiving objects: 40% (4000/10000)}. */
@FunctionalInterface
public interface ProgressSink {
  /** Discards everything. */
  ProgressSink NONE = line -> {};

  void line(String line);

  /** Prints each line to the given stream. */
  static ProgressSink to(PrintStream out) {
    return line -> {
      out.println(line);
      out.flush();
    };
  }

  /** Prints to stderr when a terminal is attached and stays quiet otherwise (scripts, CI logs). */
  static ProgressSink stderrIfInteractive() {
    return System.console() != null ? to(System.err) : NONE;
  }
}
