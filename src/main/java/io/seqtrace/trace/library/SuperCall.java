package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.List;
import java.util.Optional;

/** The builtin {@code super()}: attributes looked up past the method's class in the receiver's MRO. */
final class SuperCall {

  private final Evaluator ev;

  SuperCall(Evaluator ev) {
    this.ev = ev;
  }

  /** {@code super()} where no local shadows the builtin; empty for any other call. */
  Optional<Value> callSite(Expr.Call c, Scope s) {
    if (c.func() instanceof Expr.Name n && n.id().equals("super") && s.lookup("super").isEmpty()) {
      return Optional.of(superOf(s));
    }
    return Optional.empty();
  }

  /**
   * {@code super()} and {@code super(Cls, self)} in a method: the class the method is defined in
   * comes from the index, the receiver from the scope.
   */
  private Value superOf(Scope s) {
    if (s.function == null || s.function.owner().isEmpty()) {
      return Value.UNKNOWN;
    }
    Optional<ClassInfo> owner = ev.index().cls(s.function.owner());
    if (owner.isEmpty()) {
      return Value.UNKNOWN;
    }
    ClassInfo selfClass = s.self instanceof Value.Instance i ? i.cls() : owner.get();
    return new Value.Super(s.self, selfClass, owner.get());
  }

  Value member(Value.Super sup, String attr) {
    List<ClassInfo> mro = ev.mro(sup.selfClass());
    int from = mro.indexOf(sup.after());
    for (int i = from + 1; from >= 0 && i < mro.size(); i++) {
      FunctionInfo m = mro.get(i).methods().get(attr);
      if (m != null) {
        return new Value.Function(m, sup.self(), null);
      }
    }
    return Value.UNKNOWN;
  }
}
