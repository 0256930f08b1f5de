package io.seqtrace.cli;

import io.seqtrace.source.ProgressSink;
import java.io.PrintWriter;

/** Clone progress goes to the command's error stream, a line at a time. */
final class CliProgress {
  private CliProgress() {}

  static ProgressSink to(PrintWriter err) {
    return line -> {
      err.println(line);
      err.flush();
    };
  }
}
