package io.seqtrace.diff;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the diagram of an operation's diff: the aligned union of both releases, each step marked
 * {@link Origin#ADDED}, {@link Origin#REMOVED} or {@link Origin#UNCHANGED} so the PlantUML writer
 * colours it. A changed step is drawn twice, its old form removed and its new form added.
 */
public final class DiffDiagram {
  private DiffDiagram() {}

  /** The union diagram of {@code diff}, titled {@code operation: from → to}. */
  public static Diagram of(OperationDiff diff, String from, String to) {
    List<Element> elements = new ArrayList<>();
    for (AlignedStep row : diff.union()) {
      if (row.before().isPresent() && row.after().isPresent() && !row.changed()) {
        elements.add(row.after().get().withOrigin(Origin.UNCHANGED));
      } else {
        row.before().ifPresent(m -> elements.add(m.withOrigin(Origin.REMOVED)));
        row.after().ifPresent(m -> elements.add(m.withOrigin(Origin.ADDED)));
      }
    }
    // No declarations: participants appear in order of first use across both releases.
    return new Diagram(diff.operation() + ": " + from + " \u2192 " + to, List.of(), elements);
  }
}
