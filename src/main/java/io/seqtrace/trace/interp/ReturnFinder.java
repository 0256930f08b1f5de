package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import java.util.List;
import java.util.Optional;

/** Walks a function body the way it would run, tracking locals, and returns the first known return value. */
final class ReturnFinder {
  private final Evaluator ev;
  /** When set, the walk answers what {@code self.<selfAttribute>} is assigned, not what is returned. */
  private final String selfAttribute;

  ReturnFinder(Evaluator ev) {
    this(ev, null);
  }

  ReturnFinder(Evaluator ev, String selfAttribute) {
    this.ev = ev;
    this.selfAttribute = selfAttribute;
  }

  /** How many undecided branches enclose the statement being walked. */
  private int undecided;
  /** A constant some undecided path returned, if any: a later, different one is no answer. */
  private Value.Const constOnUndecidedPath;
  /**
   * True once an undecided path returned something unknown ({@code if found: return
   * found.to_dict()}): a constant returned after it ({@code return None}) is only the other case.
   */
  private boolean unknownOnUndecidedPath;

  Value run(List<Stmt> body, Scope s) {
    for (Stmt stmt : body) {
      Value v = step(stmt, s);
      if (v != null) {
        return v;
      }
    }
    return Value.UNKNOWN;
  }

  /** Returns a value when the statement returns a known one, else null to go on. */
  private Value step(Stmt stmt, Scope s) {
    if (ev.library().statement(stmt, s)) {
      return null; // a library value changed in place (a TaskFlow flow's tasks)
    }
    if (stmt instanceof Stmt.Assign a) {
      if (selfAttribute != null && a.targets().stream().anyMatch(t -> t instanceof Expr.Attribute at
          && at.attr().equals(selfAttribute) && at.value() instanceof Expr.Name n && n.id().equals("self"))) {
        Value v = ev.eval(a.value(), s);
        if (v.known() && !(v instanceof Value.Const k && k.value() == null)) {
          return v;
        }
      }
      Binder.assign(a, s, ev);
    } else if (stmt instanceof Stmt.Return r) {
      if (selfAttribute != null) {
        return null;
      }
      if (r.value().isEmpty() && undecided == 0) {
        return unknownOnUndecidedPath ? Value.UNKNOWN : Value.Const.of(null); // a bare return is None
      }
      if (r.value().isPresent()) {
        Value v = ev.eval(r.value().get(), s);
        if (undecided > 0 && !v.known()) {
          unknownOnUndecidedPath = true;
        } else if (undecided == 0 && unknownOnUndecidedPath && v instanceof Value.Const) {
          return Value.UNKNOWN;
        }
        // A constant returned on one undecided path (`if x: return True`) says nothing about
        // the function's answer; an object returned there is still the best guess of its type.
        if (undecided > 0 && v instanceof Value.Const k) {
          constOnUndecidedPath = k; // `if x: return True` ... then `return False`: the answer is open
        } else if (v instanceof Value.Const k && constOnUndecidedPath != null
            && !java.util.Objects.equals(constOnUndecidedPath.value(), k.value())) {
          return Value.UNKNOWN;
        } else if (v.known()) {
          return v;
        }
      }
    } else if (stmt instanceof Stmt.If i) {
      Optional<Boolean> t = ev.truth(ev.eval(i.test(), s));
      if (t.isPresent()) {
        return nonUnknown(run(t.get() ? i.body() : i.orElse(), s));
      }
      undecided++;
      try {
        Value v = nonUnknown(run(i.body(), s));
        return v != null ? v : nonUnknown(run(i.orElse(), s));
      } finally {
        undecided--;
      }
    } else if (stmt instanceof Stmt.Try t) {
      Value v = nonUnknown(run(t.body(), s));
      v = v != null ? v : nonUnknown(run(t.orElse(), s));
      // `try: return self._x except AttributeError: self._x = compute(); return self._x`
      for (int h = 0; v == null && h < t.handlers().size(); h++) {
        v = nonUnknown(run(t.handlers().get(h).body(), s));
      }
      return v;
    } else if (stmt instanceof Stmt.With w) {
      return nonUnknown(run(w.body(), s));
    } else if (stmt instanceof Stmt.For f) {
      return nonUnknown(run(f.body(), s));
    } else if (stmt instanceof Stmt.FunctionDef f) {
      s.set(f.name(), Binder.nested(f, s));
    }
    return null;
  }

  private static Value nonUnknown(Value v) {
    return v.known() ? v : null;
  }
}
