package io.seqtrace.check;

import io.seqtrace.sequence.Element;
import java.util.ArrayList;
import java.util.List;

/** Script or diagram bodies with fragments opened up, so rules see every element in reading order. */
final class Flat {
  private Flat() {}

  static List<Element> elements(List<Element> body) {
    List<Element> out = new ArrayList<>();
    collect(body, out);
    return out;
  }

  static List<Element.Message> messages(List<Element> body) {
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
