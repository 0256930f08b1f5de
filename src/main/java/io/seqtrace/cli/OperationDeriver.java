package io.seqtrace.cli;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Suggestions;
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
  private final java.util.function.UnaryOperator<io.seqtrace.trace.TraceResult> view;

  OperationDeriver(TraceEngine engine) {
    this(engine, java.util.function.UnaryOperator.identity());
  }

  /** {@code view} chooses what of each trace is merged (a level of detail). */
  OperationDeriver(TraceEngine engine, java.util.function.UnaryOperator<io.seqtrace.trace.TraceResult> view) {
    this.engine = engine;
    this.view = view;
  }

  @Override
  public Optional<Diagram> apply(String name) {
    return engine.catalog().find(name).map(op -> view.apply(engine.trace(op)).diagram());
  }

  /** Every operation's API name and all its aliases, sorted, so scripts may use either. */
  static List<String> knownNames(TraceEngine engine) {
    return knownNames(engine.operations());
  }

  /** The API names and aliases of {@code operations}, sorted. */
  static List<String> knownNames(List<Operation> operations) {
    List<String> names = new ArrayList<>();
    for (Operation op : operations) {
      names.add(op.name());
      names.addAll(op.aliases());
    }
    return names.stream().distinct().sorted().toList();
  }

  /** The error for an {@code --op} that names no operation, suggesting the closest names. */
  static InputException unknown(String name, String where, List<Operation> operations) {
    return new InputException(Suggestions.unknown("operation", name, where,
        Suggestions.closest(name, knownNames(operations)), "run 'seqtrace ops' to list them"));
  }
}
