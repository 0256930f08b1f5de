package io.seqtrace.report;

import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an operation's step table: a message of the diagram, or the guard of a fragment
 * branch ({@code alt}, {@code opt}, {@code loop}) that the following deeper rows belong to.
 *
 * @param depth fragment nesting, 0 at the top level
 * @param kind the message kind; {@code null} for a fragment guard row
 * @param from the sending participant (the fragment kind for a guard row)
 * @param to the receiving participant (empty for a guard row)
 * @param label the message label or the guard text
 * @param anchor where in the source the step happens
 */
public record StepRow(int depth, StepKind kind, String from, String to, String label, Optional<SourceAnchor> anchor) {
  public StepRow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(anchor, "anchor");
  }

  /** True for a fragment guard row rather than a message. */
  public boolean isGuard() {
    return kind == null;
  }

  /** True for an RPC hop between services: a cast, a call or a fanout (replies are not hops of their own). */
  public boolean isRpcHop() {
    return kind == StepKind.CAST || kind == StepKind.CALL || kind == StepKind.FANOUT;
  }
}
