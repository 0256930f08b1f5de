package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import java.util.Objects;

/**
 * One step present at both releases but different: its kind, a participant, its method or
 * label, or the file or function of its source anchor. Line numbers alone never make a change.
 *
 * @param before the step at the older release
 * @param after the step at the newer release
 */
public record StepChange(Message before, Message after) {
  public StepChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
