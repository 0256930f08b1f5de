package io.seqtrace.source;

import org.eclipse.jgit.lib.ProgressMonitor;

/** Turns JGit's fine-grained progress callbacks into a few whole lines for a {@link ProgressSink}. */
final class ProgressLines implements ProgressMonitor {
  /** Lines per task for a known total; every tenth keeps a terminal log readable. */
  private static final int STEP_PERCENT = 10;
  /** For tasks of unknown size, one line every this many units. */
  private static final int UNKNOWN_STEP = 10_000;

  private final ProgressSink sink;
  private String title = "";
  private int total;
  private int done;
  private int lastReported;

  ProgressLines(ProgressSink sink) {
    this.sink = sink;
  }

  @Override
  public void start(int totalTasks) {}

  @Override
  public void beginTask(String title, int totalWork) {
    this.title = title;
    this.total = totalWork;
    this.done = 0;
    this.lastReported = 0;
  }

  @Override
  public void update(int completed) {
    done += completed;
    if (total > 0) {
      int percent = (int) (100L * done / total);
      if (percent >= lastReported + STEP_PERCENT && percent < 100) {
        lastReported = percent - percent % STEP_PERCENT;
        sink.line(String.format("%s: %d%% (%d/%d)", title, percent, done, total));
      }
    } else if (done >= lastReported + UNKNOWN_STEP) {
      lastReported = done - done % UNKNOWN_STEP;
      sink.line(title + ": " + done);
    }
  }

  @Override
  public void endTask() {
    sink.line(total > 0 ? String.format("%s: 100%% (%d/%d), done", title, done, total)
        : title + ": " + done + ", done");
  }

  @Override
  public boolean isCancelled() {
    return false;
  }

  @Override
  public void showDuration(boolean enabled) {}
}
