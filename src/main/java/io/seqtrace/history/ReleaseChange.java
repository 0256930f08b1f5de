package io.seqtrace.history;

import io.seqtrace.diff.OperationDiff;
import java.util.Objects;

/**
 * How an operation's workflow changed from one traced release to the next one where it was traced.
 *
 * @param fromRef the older release
 * @param toRef the newer release
 * @param diff what {@code seqtrace diff} reports between them
 * @param summary the headline of that diff
 */
public record ReleaseChange(String fromRef, String toRef, OperationDiff diff, ChangeSummary summary) {
  public ReleaseChange {
    Objects.requireNonNull(fromRef, "fromRef");
    Objects.requireNonNull(toRef, "toRef");
    Objects.requireNonNull(diff, "diff");
    Objects.requireNonNull(summary, "summary");
  }
}
