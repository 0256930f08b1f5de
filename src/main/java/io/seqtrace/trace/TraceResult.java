package io.seqtrace.trace;

import io.seqtrace.sequence.Diagram;
import java.util.List;

/**
 * The derived workflow of one operation at one ref.
 *
 * @param operation the operation traced
 * @param diagram the derived sequence (all elements {@code Origin.DERIVED})
 * @param guesses profile defaults the trace relied on where the code was too dynamic
 * @param unresolved calls that should have resolved but did not (where a trace may end early)
 * @param truncated true when the step bound cut the trace short
 */
public record TraceResult(Operation operation, Diagram diagram, List<String> guesses, List<String> unresolved,
    boolean truncated) {
  public TraceResult {
    guesses = List.copyOf(guesses);
    unresolved = List.copyOf(unresolved);
  }
}
