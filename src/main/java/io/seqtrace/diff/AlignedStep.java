package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import java.util.Optional;

/**
 * One row of the aligned union of two step sequences.
 *
 * @param before the step at the older release, empty when added
 * @param after the step at the newer release, empty when removed
 */
public record AlignedStep(Optional<Message> before, Optional<Message> after) {
  public AlignedStep {
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("an aligned step needs a side");
    }
  }

  /** True when both sides exist and differ in more than line numbers. */
  public boolean changed() {
    return before.isPresent() && after.isPresent() && WorkflowDiff.differs(before.get(), after.get());
  }
}
