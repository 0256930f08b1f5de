package io.seqtrace.trace;

import io.seqtrace.sequence.Element;
import java.util.List;

/** What one walk produced: the steps, the guesses they rest on, what could not be resolved, and whether a bound cut it short. */
public record TraceOutput(List<Element> elements, List<String> guesses, List<String> unresolved, boolean truncated) {
  public TraceOutput {
    elements = List.copyOf(elements);
    guesses = List.copyOf(guesses);
    unresolved = List.copyOf(unresolved);
  }
}
