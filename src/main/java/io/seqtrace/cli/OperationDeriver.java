package io.seqtrace.cli;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Derives the diagram of an operation named as a script names it: an API name or an alias. */
final class OperationDeriver implements Function<String, Optional<Diagram>> {
  private final TraceEngine engine;

  OperationDeriver(TraceEngine engine) {
    this.engine = engine;
  }

  @Override
  public Optional<Diagram> apply(String name) {
    return engine.catalog().find(name).map(op -> engine.trace(op).diagram());
  }

  /** Every operation's API name and all its aliases, sorted, so scripts may use either. */
  static List<String> knownNames(TraceEngine engine) {
    List<String> names = new ArrayList<>();
    for (Operation op : engine.operations()) {
      names.add(op.name());
      names.addAll(op.aliases());
    }
    return names.stream().distinct().sorted().toList();
  }
}
