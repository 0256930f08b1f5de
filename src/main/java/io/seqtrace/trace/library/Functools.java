package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import java.util.ArrayList;
import java.util.List;

/** {@code functools.partial(fn, *args)}: the function with its first positional arguments given. */
final class Functools implements LibraryFunction {

  static final String PARTIAL = "partial";

  private final Evaluator ev;

  Functools(Evaluator ev) {
    this.ev = ev;
  }

  @Override
  public Value call(String qname, Expr.Call c, Scope s) {
    Value target = c.positional(0).map(e -> ev.eval(e, s)).orElse(Value.UNKNOWN);
    if (target instanceof Value.Function fn) {
      List<Value> bound = new ArrayList<>();
      for (int i = 1; i < c.args().size() && c.args().get(i).kind() == Expr.Argument.Kind.POSITIONAL; i++) {
        bound.add(ev.eval(c.args().get(i).value(), s));
      }
      return new Value.Partial(fn, List.copyOf(bound));
    }
    return target;
  }
}
