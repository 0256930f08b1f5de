package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.SourceAnchor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hand-written message, or a note over one participant, that derived steps can align with.
 *
 * @param path where the element sits: its index in the body, then branch and index for each fragment it is in
 * @param element a {@link Message} or a {@link Note}
 * @param anchor the source anchor of the nearest anchor comment before it, if any
 * @param reply true when the message answers an earlier message to its sender ({@code libvirt->nova_compute: done})
 * @param after the path after which derived steps aligned with this one go: its own, or for a request
 *     answered directly (only notes between), the reply's and the callee's deactivation after it, so
 *     nothing derived is drawn between a call and its answer
 */
record HandStep(List<Integer> path, Element element, Optional<SourceAnchor> anchor, boolean reply, List<Integer> after) {
  HandStep {
    path = List.copyOf(path);
    after = List.copyOf(after);
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(anchor, "anchor");
  }

  String from() {
    return element instanceof Message m ? m.from() : ((Note) element).participants().get(0);
  }

  String to() {
    return element instanceof Message m ? m.to() : ((Note) element).participants().get(0);
  }

  String text() {
    return element instanceof Message m ? m.label() : ((Note) element).text();
  }

  boolean isNote() {
    return element instanceof Note;
  }
}
