package io.seqtrace.history;

import java.util.Objects;

/**
 * A hop that changed kind or target from one release to the next.
 *
 * @param ref the release where the change first shows
 * @param before the hop before it ({@code first}/{@code last} as in the history)
 * @param after the hop from then on
 */
public record HopChange(String ref, Hop before, Hop after) {
  public HopChange {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** {@code cast -> call}, {@code to nova_compute -> nova_conductor}, or both. */
  public String what() {
    StringBuilder out = new StringBuilder();
    if (!before.kind().equals(after.kind())) {
      out.append(before.kind()).append(" -> ").append(after.kind());
    }
    if (!before.from().equals(after.from()) || !before.to().equals(after.to())) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append("moved to ").append(after.from()).append(" -> ").append(after.to());
    }
    return out.toString();
  }
}
