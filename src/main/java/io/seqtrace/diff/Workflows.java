package io.seqtrace.diff;

import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Derives the workflows one side of a diff needs from an analysed release. */
public final class Workflows {
  private Workflows() {}

  /**
   * The derived diagram of each name in {@code names} (an API name or alias) that exists at this
   * release, keyed by the name as given; with no names, every operation keyed by its API name.
   */
  public static Map<String, Diagram> derive(TracedRevision revision, List<String> names) {
    return derive(revision, names, UnaryOperator.identity());
  }

  /** As {@link #derive(TracedRevision, List)}, each trace seen through {@code view} (a level of detail). */
  public static Map<String, Diagram> derive(TracedRevision revision, List<String> names,
      UnaryOperator<TraceResult> view) {
    Map<String, Diagram> out = new LinkedHashMap<>();
    if (names.isEmpty()) {
      for (Operation op : revision.operations()) {
        out.put(op.name(), view.apply(revision.trace(op)).diagram());
      }
      return out;
    }
    for (String name : names) {
      Optional<Operation> op = revision.find(name);
      op.ifPresent(o -> out.put(name, view.apply(revision.trace(o)).diagram()));
    }
    return out;
  }
}
