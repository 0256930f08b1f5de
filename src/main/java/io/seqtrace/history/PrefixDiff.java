package io.seqtrace.history;

import io.seqtrace.diff.AlignedStep;
import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.StepChange;
import io.seqtrace.diff.WorkflowDiff;
import io.seqtrace.sequence.Element.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link WorkflowDiff#compare(String, List, List)} with the common head of the two sequences
 * matched up front. A history diffs every pair of consecutive releases, and the diff's alignment
 * costs the product of the two lengths, while consecutive releases mostly share a long head.
 */
final class PrefixDiff {
  private PrefixDiff() {}

  /**
   * The same result as {@code WorkflowDiff.compare}: its alignment always matches two steps with
   * the same participants and method where both sequences start, so taking the head first
   * changes nothing but the time.
   */
  static OperationDiff compare(String operation, List<Message> before, List<Message> after) {
    int p = 0;
    while (p < before.size() && p < after.size() && sameStep(before.get(p), after.get(p))) {
      p++;
    }
    OperationDiff rest = WorkflowDiff.compare(operation, before.subList(p, before.size()),
        after.subList(p, after.size()));
    if (p == 0) {
      return rest;
    }
    List<AlignedStep> union = new ArrayList<>();
    List<StepChange> changed = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      AlignedStep row = new AlignedStep(Optional.of(before.get(i)), Optional.of(after.get(i)));
      union.add(row);
      if (row.changed()) {
        changed.add(new StepChange(before.get(i), after.get(i)));
      }
    }
    union.addAll(rest.union());
    changed.addAll(rest.changed());
    return new OperationDiff(operation, rest.added(), rest.removed(), changed, union);
  }

  /** The diff's notion of the same step: participants and method (else label), kind and line aside. */
  private static boolean sameStep(Message a, Message b) {
    return io.seqtrace.diff.Steps.key(a).equals(io.seqtrace.diff.Steps.key(b));
  }
}
