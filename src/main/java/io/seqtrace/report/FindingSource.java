package io.seqtrace.report;

import io.seqtrace.trace.TraceResult;
import java.util.List;

/** Supplies the findings shown on an operation's page; {@code seqtrace check} can implement it. */
@FunctionalInterface
public interface FindingSource {
  /** No findings section at all (no {@code --scripts}). */
  FindingSource NONE = result -> List.of();

  /** The findings for the traced operation, in the order to show them. */
  List<Finding> findings(TraceResult result);
}
