package io.seqtrace.trace;

import io.seqtrace.trace.CodeIndex.FunctionInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The local names of one function activation (or of a module's top level when {@code function}
 * is null), with the enclosing activation for closures.
 */
final class Scope {
  final String module;
  final FunctionInfo function;
  final Value self;
  final Scope enclosing;
  private final Map<String, Value> locals = new HashMap<>();
  /** The expression last assigned to each local, for questions values cannot answer (where does server= point?). */
  private final Map<String, io.seqtrace.model.Expr> definitions = new HashMap<>();

  Scope(String module, FunctionInfo function, Value self, Scope enclosing) {
    this.module = module;
    this.function = function;
    this.self = self;
    this.enclosing = enclosing;
  }

  static Scope moduleScope(String module) {
    return new Scope(module, null, Value.UNKNOWN, null);
  }

  void set(String name, Value value) {
    locals.put(name, value);
  }

  void define(String name, io.seqtrace.model.Expr expr) {
    definitions.put(name, expr);
  }

  Optional<io.seqtrace.model.Expr> definition(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  /** Looks a name up here, then in enclosing functions (not the module: the caller does that). */
  Optional<Value> lookup(String name) {
    for (Scope s = this; s != null; s = s.enclosing) {
      Value v = s.locals.get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A copy for one branch of an if, so assignments in one branch do not leak into the other. */
  Scope fork() {
    Scope copy = new Scope(module, function, self, enclosing);
    copy.locals.putAll(locals);
    copy.definitions.putAll(definitions);
    return copy;
  }

  Map<String, Value> locals() {
    return locals;
  }
}
