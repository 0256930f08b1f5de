package io.seqtrace.trace.symbols;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The one structural walk over a body that questions about its statements share: every statement
 * in source order, the blocks of ifs, loops, withs, trys (handlers included) and matches entered,
 * nested function and class definitions not (their bodies run later, if ever). The tracer's own
 * walk, which decides branches and draws fragments, is {@code walk.StatementWalker}.
 */
public final class Statements {
  private Statements() {}

  /** Every statement of {@code body} and of the blocks inside it, in source order. */
  public static List<Stmt> flatten(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>();
    add(body, out);
    return out;
  }

  private static void add(List<Stmt> body, List<Stmt> out) {
    for (Stmt s : body) {
      out.add(s);
      if (s instanceof Stmt.If i) {
        add(i.body(), out);
        add(i.orElse(), out);
      } else if (s instanceof Stmt.For f) {
        add(f.body(), out);
        add(f.orElse(), out);
      } else if (s instanceof Stmt.While w) {
        add(w.body(), out);
        add(w.orElse(), out);
      } else if (s instanceof Stmt.With w) {
        add(w.body(), out);
      } else if (s instanceof Stmt.Try t) {
        add(t.body(), out);
        t.handlers().forEach(h -> add(h.body(), out));
        add(t.orElse(), out);
        add(t.finalBody(), out);
      } else if (s instanceof Stmt.Match m) {
        m.cases().forEach(c -> add(c.body(), out));
      }
    }
  }

  /** The expressions a statement evaluates itself (not those of the blocks inside it). */
  public static List<Expr> expressions(Stmt s) {
    if (s instanceof Stmt.Assign a) {
      return List.of(a.value());
    } else if (s instanceof Stmt.ExprStmt e) {
      return List.of(e.value());
    } else if (s instanceof Stmt.Return r) {
      return r.value().map(List::of).orElse(List.of());
    } else if (s instanceof Stmt.If i) {
      return List.of(i.test());
    } else if (s instanceof Stmt.For f) {
      return List.of(f.iter());
    } else if (s instanceof Stmt.While w) {
      return List.of(w.test());
    } else if (s instanceof Stmt.With w) {
      return w.items().stream().map(Stmt.WithItem::context).toList();
    }
    return List.of();
  }

  /**
   * Every call in the body, in evaluation order (a receiver's and the arguments' calls before
   * the call itself), not looking into lambdas or nested definitions.
   */
  public static List<Expr.Call> calls(List<Stmt> body) {
    List<Expr.Call> out = new ArrayList<>();
    for (Stmt s : flatten(body)) {
      expressions(s).forEach(e -> calls(e, out));
    }
    return out;
  }

  /** The calls in one expression, in evaluation order. */
  public static List<Expr.Call> calls(Expr e) {
    List<Expr.Call> out = new ArrayList<>();
    calls(e, out);
    return out;
  }

  private static void calls(Expr e, List<Expr.Call> out) {
    if (e instanceof Expr.Call c) {
      calls(c.func(), out);
      c.args().forEach(a -> calls(a.value(), out));
      out.add(c);
    } else if (e instanceof Expr.Attribute a) {
      calls(a.value(), out);
    } else if (e instanceof Expr.Collection c) {
      c.elements().forEach(x -> calls(x, out));
    } else if (e instanceof Expr.Operation op) {
      op.operands().forEach(x -> calls(x, out));
    } else if (e instanceof Expr.Conditional c) {
      calls(c.test(), out);
      calls(c.body(), out);
      calls(c.orElse(), out);
    } else if (e instanceof Expr.Subscript s) {
      calls(s.value(), out);
    }
  }
}
