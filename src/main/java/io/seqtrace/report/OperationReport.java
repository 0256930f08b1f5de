package io.seqtrace.report;

import io.seqtrace.sequence.Participant;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one operation's page and its index row show, computed once.
 *
 * @param fileName the page's file name under {@code ops/}, without {@code .html}
 * @param result the trace at {@code --ref}
 * @param rows the diagram body as table rows
 * @param diagram the rendered diagram at {@code --ref}
 * @param comparison the view against {@code --from}, when given
 * @param findings what the finding source says about it
 */
public record OperationReport(String fileName, TraceResult result, List<StepRow> rows, DiagramSvg diagram,
    Optional<Comparison> comparison, List<Finding> findings) {
  public OperationReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(result, "result");
    rows = List.copyOf(rows);
    Objects.requireNonNull(diagram, "diagram");
    Objects.requireNonNull(comparison, "comparison");
    findings = List.copyOf(findings);
  }

  public Operation operation() {
    return result.operation();
  }

  /** Messages in the diagram, guard rows not counted. */
  public int steps() {
    return (int) rows.stream().filter(r -> !r.isGuard()).count();
  }

  public int rpcHops() {
    return (int) rows.stream().filter(StepRow::isRpcHop).count();
  }

  /** Lifeline names in order of appearance. */
  public List<String> participants() {
    return result.diagram().allParticipants().stream().map(Participant::displayName).toList();
  }
}
