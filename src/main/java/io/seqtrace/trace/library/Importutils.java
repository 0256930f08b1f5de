package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code importutils.import_object}, {@code import_class}, {@code import_object_ns} and {@code
 * import_module}, {@code try_import}: a class or module loaded by a name that is often a configuration option.
 */
final class Importutils implements LibraryFunction {

  private final Evaluator ev;

  Importutils(Evaluator ev) {
    this.ev = ev;
  }

  @Override
  public Value call(String qname, Expr.Call c, Scope s) {
    String last = Names.last(qname);
    List<Value> names = new ArrayList<>();
    for (Expr.Argument arg : c.args()) {
      if (arg.kind() == Expr.Argument.Kind.POSITIONAL) {
        names.add(ev.concrete(ev.eval(arg.value(), s)));
      }
      if (names.size() == 2) {
        break;
      }
    }
    String guess = names.stream().filter(v -> v instanceof Value.Const k && !k.guess().isEmpty())
        .map(v -> ((Value.Const) v).guess()).findFirst().orElse("");
    List<String> candidates = new ArrayList<>();
    if (last.equals("import_object_ns") && names.size() == 2
        && names.get(0) instanceof Value.Const ns && ns.value() instanceof String n
        && names.get(1) instanceof Value.Const cn && cn.value() instanceof String name) {
      candidates.add(n + "." + name);
      candidates.add(name);
    } else if (!names.isEmpty() && names.get(0) instanceof Value.Const k && k.value() instanceof String name) {
      candidates.add(name);
    }
    for (String candidate : candidates) {
      Value target = ev.dotted(candidate);
      if (target instanceof Value.ClassRef k) {
        return last.equals("import_class") ? new Value.ClassRef(k.cls(), guess) : new Value.Instance(k.cls(), guess);
      }
      if (target instanceof Value.ModuleRef) {
        return target;
      }
    }
    return Value.UNKNOWN;
  }
}
