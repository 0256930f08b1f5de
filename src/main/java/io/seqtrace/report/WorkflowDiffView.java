package io.seqtrace.report;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.diff.DiffDiagram;
import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.Steps;
import io.seqtrace.diff.WorkflowDiff;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Operation;
import java.util.Optional;

/**
 * The diff picture of an operation between two releases, as {@code seqtrace diff --out} draws it:
 * added steps green, removed red, unchanged grey.
 */
public final class WorkflowDiffView implements DiffView {
  private final Analysis before;
  private final Analysis after;
  private final String from;
  private final String to;

  public WorkflowDiffView(Analysis before, Analysis after, String from, String to) {
    this.before = before;
    this.after = after;
    this.from = from;
    this.to = to;
  }

  @Override
  public Optional<String> apply(String operation) {
    Optional<Operation> then = before.engine().catalog().byName(operation);
    Optional<Operation> now = after.engine().catalog().byName(operation);
    if (then.isEmpty() && now.isEmpty()) {
      return Optional.empty();
    }
    Diagram a = then.map(op -> before.engine().trace(op).diagram()).orElse(new Diagram(operation, java.util.List.of(), java.util.List.of()));
    Diagram b = now.map(op -> after.engine().trace(op).diagram()).orElse(new Diagram(operation, java.util.List.of(), java.util.List.of()));
    OperationDiff diff = WorkflowDiff.compare(operation, Steps.of(a), Steps.of(b));
    DiagramSvg svg = DiagramSvg.render(DiffDiagram.of(diff, from, to), operation + ".diff").withIdPrefix("diff-");
    return svg.markup().isEmpty() ? Optional.empty() : Optional.of(svg.markup());
  }
}
