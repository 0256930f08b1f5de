package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * stevedore: {@code DriverManager(namespace=..., name=..., invoke_on_load=True).driver} is the
 * class the project's entry points name in that group under that name ({@code sahara.run.mode}
 * {@code distributed = sahara.service.ops:RemoteOps}), an instance of it when invoked on load.
 */
final class Stevedore implements LibraryFunction {

  static final Set<String> FUNCTIONS = Set.of("DriverManager");

  private final Evaluator ev;

  Stevedore(Evaluator ev) {
    this.ev = ev;
  }

  @Override
  public Value call(String qname, Expr.Call c, Scope s) {
    Optional<Value> namespace = argument(c, s, "namespace", 0);
    Optional<Value> name = argument(c, s, "name", 1);
    if (namespace.orElse(null) instanceof Value.Const ns && ns.value() instanceof String group
        && name.orElse(null) instanceof Value.Const n && n.value() instanceof String entry) {
      boolean invoke = argument(c, s, "invoke_on_load", 2).flatMap(ev::truth).orElse(false);
      Optional<String> target = ev.startup().entryPoints().target(group, entry);
      if (target.isPresent() && ev.dotted(target.get()) instanceof Value.ClassRef k) {
        Value.ClassRef cls = new Value.ClassRef(k.cls(), n.guess());
        // Invoked on load: built with no arguments, its __init__ run as any constructor's.
        Expr.Call noArguments = new Expr.Call(new Expr.Name(k.cls().name(), c.line(), c.column()), List.of(), c.line(), c.column());
        return new Value.DriverManager(invoke ? ev.callValue(cls, noArguments, s) : cls);
      }
    }
    return Value.UNKNOWN;
  }

  /** {@code manager.driver} is the plugin loaded. */
  static Value member(Value.DriverManager manager, String attr) {
    return attr.equals("driver") ? manager.driver() : Value.UNKNOWN;
  }

  private Optional<Value> argument(Expr.Call c, Scope s, String keyword, int position) {
    Optional<Expr> e = c.keyword(keyword).or(() -> c.positional(position));
    return e.map(x -> ev.concrete(ev.eval(x, s)));
  }
}
