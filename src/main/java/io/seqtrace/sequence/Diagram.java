package io.seqtrace.sequence;

import java.util.List;
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
}
