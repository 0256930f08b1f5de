package io.seqtrace.diff;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Message;
import java.util.ArrayList;
import java.util.List;

/** Flattens a derived diagram into its messages in drawing order, the unit a diff compares. */
public final class Steps {
  private Steps() {}

  /** Every message of {@code diagram}, fragment branches inlined in order; activations carry no meaning and are left out. */
  public static List<Message> of(Diagram diagram) {
    List<Message> out = new ArrayList<>();
    collect(diagram.elements(), out);
    return List.copyOf(out);
  }

  private static void collect(List<Element> elements, List<Message> out) {
    for (Element e : elements) {
      if (e instanceof Message m) {
        out.add(m);
      } else if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> collect(b.elements(), out));
      }
    }
  }

  /**
   * What a step is, regardless of line numbers and of its kind: a cast that became a call, or a
   * hop whose code moved, is then the same step, changed rather than removed and added.
   */
  static String key(Message m) {
    return m.from() + "\u0000" + m.to() + "\u0000" + name(m);
  }

  /** The method a step calls, else its label (responses and some notes have no method). */
  static String name(Message m) {
    return m.method().isEmpty() ? m.label() : m.method();
  }
}
