package io.seqtrace.project;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of daemon threads with stacks deep enough for ANTLR's recursive descent. */
final class ParserThreads implements ThreadFactory {
  /**
   * 64 MiB: deeply nested expressions recurse once per grammar level, and the default 512 KiB to
   * 1 MiB overflows long before CPython's own nesting limit. Only touched pages are committed.
   */
  static final long STACK_SIZE = 64L << 20;

  private final ThreadGroup group = new ThreadGroup("seqtrace-parse");
  private final AtomicInteger count = new AtomicInteger();

  private ParserThreads() {}

  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(threads, new ParserThreads());
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(group, task, "seqtrace-parse-" + count.incrementAndGet(), STACK_SIZE);
    // Daemon: a caller that stops early must not be kept alive by idle parser threads.
    thread.setDaemon(true);
    return thread;
  }
}
