package io.seqtrace.sequence;

import java.util.ArrayList;
import java.util.List;

/** A diagram body with its fragments opened up, in reading order: what diff, check and merge compare. */
public final class Flattened {
  private Flattened() {}

  /** Every element but fragments, whose branches are inlined in order. */
  public static List<Element> elements(List<Element> body) {
    List<Element> out = new ArrayList<>();
    collect(body, out);
    return List.copyOf(out);
  }

  /** Every message, fragments included. */
  public static List<Element.Message> messages(List<Element> body) {
    return elements(body).stream()
        .filter(Element.Message.class::isInstance).map(Element.Message.class::cast).toList();
  }

  private static void collect(List<Element> body, List<Element> out) {
    for (Element e : body) {
      if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> collect(b.elements(), out));
      } else {
        out.add(e);
      }
    }
  }
}
