package io.seqtrace.trace.interp;

import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The local names of one function activation (or of a module's top level when {@code function}
 * is null), with the enclosing activation for closures.
 */
public final class Scope {
  public final String module;
  public final FunctionInfo function;
  public final Value self;
  public final Scope enclosing;
  private final Map<String, Value> locals = new HashMap<>();
  /**
   * Where each local came from: the expression last assigned to it, or the argument a caller
   * passed for it, with the scope that expression reads. For questions values cannot answer
   * (which host does {@code server=} name, what does {@code **params} hold).
   */
  private final Map<String, Origin> definitions = new HashMap<>();

  /** An expression and the scope it is evaluated in. */
  public record Origin(io.seqtrace.model.Expr expr, Scope scope) {}

  public Scope(String module, FunctionInfo function, Value self, Scope enclosing) {
    this.module = module;
    this.function = function;
    this.self = self;
    this.enclosing = enclosing;
  }

  public static Scope moduleScope(String module) {
    return new Scope(module, null, Value.UNKNOWN, null);
  }

  public void set(String name, Value value) {
    locals.put(name, value);
  }

  /**
   * Records that {@code name} was assigned {@code expr} in this scope. {@code values =
   * copy.deepcopy(values)} reads the name's earlier definition: it is kept in a copy of this
   * scope as it was, so the chain back to the caller's argument is not lost.
   */
  public void define(String name, io.seqtrace.model.Expr expr) {
    definitions.put(name, new Origin(expr, mentions(expr, name) ? fork() : this));
  }

  private static boolean mentions(io.seqtrace.model.Expr e, String name) {
    if (e instanceof io.seqtrace.model.Expr.Name n) {
      return n.id().equals(name);
    } else if (e instanceof io.seqtrace.model.Expr.Call c) {
      return mentions(c.func(), name) || c.args().stream().anyMatch(a -> mentions(a.value(), name));
    } else if (e instanceof io.seqtrace.model.Expr.Attribute a) {
      return mentions(a.value(), name);
    }
    return false;
  }

  /** Records that parameter {@code name} was given {@code expr}, read in the caller's scope. */
  public void defineArgument(String name, io.seqtrace.model.Expr expr, Scope caller) {
    definitions.put(name, new Origin(expr, caller));
  }


  public Optional<Origin> origin(String name) {
    return Optional.ofNullable(definitions.get(name));
  }

  /**
   * Follows names back through assignments and arguments ({@code server} in a helper, {@code
   * host} in its caller, {@code _compute_host(None, instance)} in theirs) as far as they go.
   */
  public Origin trace(io.seqtrace.model.Expr expr, int maxHops) {
    Origin at = new Origin(expr, this);
    for (int i = 0; i < maxHops && at.expr() instanceof io.seqtrace.model.Expr.Name n; i++) {
      Optional<Origin> next = at.scope().origin(n.id());
      if (next.isEmpty() || next.get().expr() == at.expr()) {
        break;
      }
      at = next.get();
    }
    return at;
  }

  /** Looks a name up here, then in enclosing functions (not the module: the caller does that). */
  public Optional<Value> lookup(String name) {
    for (Scope s = this; s != null; s = s.enclosing) {
      Value v = s.locals.get(name);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A copy for one branch of an if, so assignments in one branch do not leak into the other. */
  public Scope fork() {
    Scope copy = new Scope(module, function, self, enclosing);
    copy.locals.putAll(locals);
    copy.definitions.putAll(definitions);
    return copy;
  }

  public Map<String, Value> locals() {
    return locals;
  }
}
