package io.seqtrace.sequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sequence diagram, whether read from a hand-written script or derived from code.
 *
 * <p>The same immutable model feeds every writer (WSD, PlantUML, JSON), so a derived skeleton and
 * a hand-written script can be merged, diffed and rendered by one set of code.
 *
 * @param title the diagram title, empty when the script has none
 * @param participants participants in declaration order (explicit declarations only for scripts)
 * @param elements the diagram body in order
 */
public record Diagram(String title, List<Participant> participants, List<Element> elements) {
  public Diagram {
    Objects.requireNonNull(title, "title");
    participants = List.copyOf(participants);
    elements = List.copyOf(elements);
  }

  /**
   * Every lifeline in order of first appearance: explicit declarations where they stand in the
   * script, plus participants only used by messages, notes, activations or destroys.
   *
   * <p>Implicit participants come back as {@link Participant#of}. Declarations with line 0
   * (derived diagrams) count as appearing before the body.
   */
  public List<Participant> allParticipants() {
    Map<String, Participant> seen = new LinkedHashMap<>();
    List<Participant> declared = new ArrayList<>(participants);
    declared.stream().filter(p -> p.line() <= 0).forEach(p -> seen.putIfAbsent(p.name(), p));
    declared.removeIf(p -> p.line() <= 0);
    collect(elements, declared, seen);
    declared.forEach(p -> seen.putIfAbsent(p.name(), p));
    return List.copyOf(seen.values());
  }

  private static void collect(List<Element> body, List<Participant> pending, Map<String, Participant> seen) {
    for (Element element : body) {
      // Declarations written before this element appear before the names it uses.
      while (!pending.isEmpty() && element.line() > 0 && pending.get(0).line() < element.line()) {
        Participant p = pending.remove(0);
        seen.putIfAbsent(p.name(), p);
      }
      if (element instanceof Element.Message m) {
        use(m.from(), pending, seen);
        use(m.to(), pending, seen);
      } else if (element instanceof Element.Note n) {
        n.participants().forEach(name -> use(name, pending, seen));
      } else if (element instanceof Element.Activate a) {
        use(a.participant(), pending, seen);
      } else if (element instanceof Element.Destroy d) {
        use(d.participant(), pending, seen);
      } else if (element instanceof Element.Fragment f) {
        f.branches().forEach(b -> collect(b.elements(), pending, seen));
      }
    }
  }

  /** A used name takes its declaration (if any, even a later one) so the label and kind survive. */
  private static void use(String name, List<Participant> pending, Map<String, Participant> seen) {
    if (seen.containsKey(name)) {
      return;
    }
    Participant declaration = pending.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    if (declaration != null) {
      pending.remove(declaration);
      seen.put(name, declaration);
    } else {
      seen.put(name, Participant.of(name));
    }
  }
}
