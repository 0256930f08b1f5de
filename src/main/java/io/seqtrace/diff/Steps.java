package io.seqtrace.diff;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Flattened;
import java.util.List;

/** Flattens a derived diagram into its messages in drawing order, the unit a diff compares. */
public final class Steps {
  private Steps() {}

  /** Every message of {@code diagram}, fragment branches inlined in order; activations carry no meaning and are left out. */
  public static List<Message> of(Diagram diagram) {
    return Flattened.messages(diagram.elements());
  }

  /**
   * What a step is, regardless of line numbers and of its kind: a cast that became a call, or a
   * hop whose code moved, is then the same step, changed rather than removed and added.
   */
  public static String key(Message m) {
    return m.from() + "\u0000" + m.to() + "\u0000" + name(m);
  }

  /**
   * The method a call, cast or request names, else the step's label: a database write's method
   * ({@code save}) is the same for every write, so {@code vm_state = BUILDING} and
   * {@code bdm.save()} must not align as one step.
   */
  public static String name(Message m) {
    return StepNames.namesMethod(m) ? m.method() : m.label();
  }
}
