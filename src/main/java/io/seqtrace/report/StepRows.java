package io.seqtrace.report;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Flattens a diagram's body into table rows, fragments becoming guard rows over deeper rows. */
final class StepRows {
  private StepRows() {}

  static List<StepRow> of(Diagram diagram) {
    List<StepRow> rows = new ArrayList<>();
    collect(diagram.elements(), 0, rows);
    return List.copyOf(rows);
  }

  private static void collect(List<Element> elements, int depth, List<StepRow> rows) {
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        rows.add(new StepRow(depth, m.kind(), m.from(), m.to(), m.label(), m.anchor()));
      } else if (e instanceof Element.Note n) {
        rows.add(new StepRow(depth, Element.StepKind.NOTE, String.join(",", n.participants()),
            String.join(",", n.participants()), n.text(), n.anchor()));
      } else if (e instanceof Element.Fragment f) {
        boolean first = true;
        for (Element.Branch b : f.branches()) {
          String head = first ? f.kind() : "else";
          rows.add(new StepRow(depth, null, head, "", b.guard(), Optional.empty()));
          collect(b.elements(), depth + 1, rows);
          first = false;
        }
      }
    }
  }
}
