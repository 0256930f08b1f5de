package io.seqtrace.source;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Keeps JGit's worker threads off stderr while a clone runs. JGit serves a {@code file://} clone
 * from a thread of its own ({@code JGit-Upload-Pack}) that prints the stack trace of any failure
 * (a missing object, say) straight to {@code System.err}; the clone then fails with its own
 * exception, which seqtrace reports as one line. Output of every other thread passes through.
 */
final class QuietWorkers {
  private static final String WORKER_PREFIX = "JGit-";
  private static int active;
  private static PrintStream original;

  private QuietWorkers() {}

  /** Runs {@code action} with output from JGit's worker threads to stderr dropped. */
  static <T> T run(Supplier<T> action) {
    install();
    try {
      return action.get();
    } finally {
      uninstall();
    }
  }

  private static synchronized void install() {
    if (active++ == 0) {
      original = System.err;
      PrintStream through = original;
      System.setErr(new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
          if (!worker()) {
            through.write(b);
          }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
          if (!worker()) {
            through.write(bytes, offset, length);
          }
        }

        @Override
        public void flush() {
          through.flush();
        }
      }, true));
    }
  }

  private static synchronized void uninstall() {
    if (--active == 0) {
      System.setErr(original);
      original = null;
    }
  }

  private static boolean worker() {
    return Thread.currentThread().getName().startsWith(WORKER_PREFIX);
  }
}
