package io.seqtrace.merge;

import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Flattened;
import java.util.List;

/** Lists a derived diagram's messages in reading order, fragments flattened: the steps to align. */
final class DerivedSteps {
  private DerivedSteps() {}

  static List<Message> of(List<Element> body) {
    return Flattened.messages(body);
  }

  /** The number of messages in {@code e}, fragments included, so a walker can keep its step count. */
  static int count(Element e) {
    return Flattened.messages(List.of(e)).size();
  }
}
