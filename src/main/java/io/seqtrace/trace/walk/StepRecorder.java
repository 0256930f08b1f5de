package io.seqtrace.trace.walk;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Collects derived diagram elements, with nested lists for the branches of fragments being built. */
final class StepRecorder {

  private final Deque<List<Element>> open = new ArrayDeque<>();
  private int messages;
  private int arrows;

  StepRecorder() {
    open.push(new ArrayList<>());
  }

  void message(String from, String to, StepKind kind, String label, String method, Optional<SourceAnchor> anchor) {
    Element.Arrow arrow = switch (kind) {
      case CAST, FANOUT -> Element.Arrow.SOLID_OPEN;
      case REPLY, RESPONSE -> Element.Arrow.DASHED;
      default -> Element.Arrow.SOLID;
    };
    add(new Element.Message(from, to, arrow, Element.Activation.NONE, label, kind, method, anchor,
        Element.Origin.DERIVED, 0));
    messages++;
    if (!from.equals(to)) {
      arrows++;
    }
  }

  /** A note-like step on one participant (a notification or a check); repeats in a row are kept once. */
  void self(String participant, StepKind kind, String label, String method, Optional<SourceAnchor> anchor) {
    List<Element> current = open.peek();
    if (!current.isEmpty() && current.get(current.size() - 1) instanceof Element.Message last
        && last.kind() == kind && last.from().equals(participant) && last.to().equals(participant)
        && last.label().equals(label)) {
      return;
    }
    message(participant, participant, kind, label, method, anchor);
  }

  void activate(String participant, boolean on) {
    add(new Element.Activate(participant, on, Element.Origin.DERIVED, 0));
  }

  void fragment(String kind, List<Element.Branch> branches) {
    add(new Element.Fragment(kind, branches, Element.Origin.DERIVED, 0, 0));
  }

  void add(Element e) {
    open.peek().add(e);
  }

  /** Starts collecting a branch. */
  void begin() {
    open.push(new ArrayList<>());
  }

  /** Ends a branch and returns what it collected (activations alone do not count as steps). */
  List<Element> end() {
    List<Element> steps = open.pop();
    boolean meaningful = steps.stream().anyMatch(e -> !(e instanceof Element.Activate));
    return meaningful ? List.copyOf(steps) : List.of();
  }

  /** Messages between two participants recorded so far (notes on one lifeline left out). */
  int arrows() {
    return arrows;
  }

  int size() {
    return messages;
  }

  List<Element> elements() {
    return List.copyOf(open.getLast());
  }
}
