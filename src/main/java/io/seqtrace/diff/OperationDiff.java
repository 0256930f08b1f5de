package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import java.util.List;
import java.util.Objects;

/**
 * The differences of one operation between two releases, plus the aligned union that a diff
 * diagram draws.
 *
 * @param operation the operation name
 * @param added steps only at the newer release, in its order
 * @param removed steps only at the older release, in its order
 * @param changed steps at both releases that differ
 * @param union every step of both releases in aligned order
 */
public record OperationDiff(String operation, List<Message> added, List<Message> removed,
    List<StepChange> changed, List<AlignedStep> union) {
  public OperationDiff {
    Objects.requireNonNull(operation, "operation");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    union = List.copyOf(union);
  }

  /** True when the operation's workflow is the same at both releases (line numbers aside). */
  public boolean unchanged() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
