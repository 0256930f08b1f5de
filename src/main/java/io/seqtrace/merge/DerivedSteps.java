package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import java.util.ArrayList;
import java.util.List;

/** Lists a derived diagram's messages in reading order, fragments flattened: the steps to align. */
final class DerivedSteps {
  private DerivedSteps() {}

  static List<Message> of(List<Element> body) {
    List<Message> steps = new ArrayList<>();
    collect(body, steps);
    return List.copyOf(steps);
  }

  /** The number of messages in {@code e}, fragments included, so a walker can keep its step count. */
  static int count(Element e) {
    List<Message> steps = new ArrayList<>();
    collect(List.of(e), steps);
    return steps.size();
  }

  private static void collect(List<Element> body, List<Message> steps) {
    for (Element e : body) {
      if (e instanceof Message m) {
        steps.add(m);
      } else if (e instanceof Fragment f) {
        f.branches().forEach(b -> collect(b.elements(), steps));
      }
    }
  }
}
