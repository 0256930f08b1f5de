package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.sequence.Element;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.ExprText;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statement visitor of a walk: sequences, ifs (decided by constants or drawn as alt/opt),
 * early returns, loops, try/except with its failure paths, and the calls inside each expression,
 * which {@link CallSteps} classifies.
 */
final class StatementWalker {

  private static final int MAX_STEPS = 500;

  private final Tracer tracer;
  private final Evaluator ev;
  private final Profile profile;
  private final StepRecorder out;

  StatementWalker(Tracer t) {
    this.tracer = t;
    this.ev = t.ev;
    this.profile = t.profile;
    this.out = t.out;
  }

  /**
   * {@code pending} holds state assigned to objects ({@code instance.task_state = ...}) until they
   * are saved. Returns true when the walked path certainly left the function (a return or raise,
   * also inside a branch that constants decided), so the caller stops there.
   */
  boolean walkBody(List<Stmt> body, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    for (int i = 0; i < body.size(); i++) {
      if (out.size() > MAX_STEPS) {
        tracer.truncated = true;
        return true;
      }
      Stmt stmt = body.get(i);
      if (stmt instanceof Stmt.If early && early.orElse().isEmpty() && terminates(early.body())) {
        EarlyReturn outcome = earlyReturn(early, body.subList(i + 1, body.size()), scope, ctx, pending);
        if (outcome == EarlyReturn.WALKED_REST) {
          return true;
        }
        if (outcome == EarlyReturn.NOTHING_DRAWN) {
          continue; // already walked once; walking it again would double the work at every level
        }
      }
      if (walkStmt(stmt, scope, ctx, pending)) {
        return true;
      }
    }
    return false;
  }

  /** True when a block always leaves the function: it ends in return or raise. */
  private static boolean terminates(List<Stmt> block) {
    if (block.isEmpty()) {
      return false;
    }
    Stmt last = block.get(block.size() - 1);
    // try: ...; return  except: recover  -- the path that succeeds leaves the function.
    return last instanceof Stmt.Return || last instanceof Stmt.Raise
        || last instanceof Stmt.Try t && terminates(t.body());
  }

  /**
   * {@code if c: ...; return} followed by more code is an if/else in disguise: when the early
   * branch does something worth drawing, the rest of the function is its else. Guard clauses
   * that only raise or return draw nothing and are passed over. Returns true when it walked the rest.
   */
  private enum EarlyReturn { NOT_APPLICABLE, NOTHING_DRAWN, WALKED_REST }

  private EarlyReturn earlyReturn(Stmt.If early, List<Stmt> rest, Scope scope, Ctx ctx,
      Map<String, List<String>> pending) {
    if (rest.isEmpty() || ev.truth(ev.eval(early.test(), scope)).isPresent()) {
      return EarlyReturn.NOT_APPLICABLE;
    }
    calls(early.test(), scope, ctx, pending);
    Scope branchScope = scope.fork();
    out.begin();
    walkBody(early.body(), branchScope, ctx, new LinkedHashMap<>(pending));
    List<Element> taken = out.end();
    if (taken.isEmpty()) {
      // A guard clause: what it bound leaves with it, the rest of the function goes on.
      return EarlyReturn.NOTHING_DRAWN;
    }
    out.begin();
    walkBody(rest, scope, ctx, pending);
    List<Element> otherwise = out.end();
    List<Element.Branch> branches = new ArrayList<>();
    branches.add(new Element.Branch(ExprText.of(early.test()), taken, 0));
    if (!otherwise.isEmpty()) {
      branches.add(new Element.Branch("else", otherwise, 0));
    }
    out.fragment(branches.size() == 1 ? "opt" : "alt", branches);
    return EarlyReturn.WALKED_REST;
  }

  /** Walks one statement; true when it certainly leaves the function. */
  private boolean walkStmt(Stmt stmt, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    if (stmt instanceof Stmt.Assign a) {
      calls(a.value(), scope, ctx, pending);
      Evaluator.assign(a, scope, ev);
      for (Expr target : a.targets()) {
        // State set from a constant (task_states.PAUSING, None) is what a diagram shows; computed values are noise.
        if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name n && !n.id().equals("self")
            && !profile.quietStateFields().contains(at.attr())) {
          Labels.stateValue(a.value(), scope).ifPresent(v ->
              pending.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(at.attr() + " = " + v));
        }
      }
    } else if (stmt instanceof Stmt.ExprStmt e) {
      calls(e.value(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.Return r) {
      r.value().ifPresent(v -> calls(v, scope, ctx, pending));
      return true;
    } else if (stmt instanceof Stmt.Raise) {
      return true;
    } else if (stmt instanceof Stmt.If i) {
      return walkIf(i, scope, ctx, pending);
    } else if (stmt instanceof Stmt.For f) {
      calls(f.iter(), scope, ctx, pending);
      bindUnknown(f.target(), scope);
      loop("for " + ExprText.of(f.target()) + " in " + ExprText.of(f.iter()), f.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.While w) {
      loop("while " + ExprText.of(w.test()), w.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.Try t) {
      return walkTry(t, scope, ctx, pending);
    } else if (stmt instanceof Stmt.With w) {
      for (Stmt.WithItem item : w.items()) {
        calls(item.context(), scope, ctx, pending);
        item.target().ifPresent(t -> bindUnknown(t, scope));
      }
      return walkBody(w.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.FunctionDef f) {
      scope.set(f.name(), Evaluator.nested(f, scope));
    }
    return false;
  }

  /**
   * The body is the path that succeeds. A driver stub that raised NotImplementedError sends the
   * walk into the matching handler instead (the manager's fallback, {@code _rebuild_default_impl});
   * other handlers are failure paths, drawn once each inside {@code opt on failure: except X}.
   */
  private boolean walkTry(Stmt.Try t, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    int stubsBefore = tracer.notImplemented;
    boolean left = walkBody(t.body(), scope, ctx, pending);
    Optional<Stmt.Handler> fallback = t.handlers().stream().filter(FailurePaths::catchesNotImplemented).findFirst();
    if (tracer.notImplemented > stubsBefore && fallback.isPresent()) {
      tracer.notImplemented = stubsBefore;
      left = walkBody(fallback.get().body(), scope, ctx, pending);
    } else if (!left) {
      left = walkBody(t.orElse(), scope, ctx, pending);
    }
    // One handler runs when something fails: the handlers of one try are the branches of one alt.
    List<Element.Branch> handlers = new ArrayList<>();
    for (Stmt.Handler h : t.handlers()) {
      if (!FailurePaths.catchesNotImplemented(h) && scope.function != null
          && tracer.failures.firstTime(scope.function.path() + ":" + h.line())) {
        List<Element> steps = tracer.failureSteps(() -> walkBody(h.body(), scope.fork(), ctx, new LinkedHashMap<>(pending)));
        if (!steps.isEmpty()) {
          handlers.add(new Element.Branch(FailurePaths.guardOf(h), steps, 0));
        }
      }
    }
    if (!handlers.isEmpty()) {
      out.fragment(handlers.size() == 1 ? "opt" : "alt", handlers);
    }
    return walkBody(t.finalBody(), scope, ctx, pending) || left;
  }

  private static void bindUnknown(Expr target, Scope scope) {
    if (target instanceof Expr.Name n) {
      scope.set(n.id(), Value.UNKNOWN);
    } else if (target instanceof Expr.Collection c) {
      c.elements().forEach(e -> bindUnknown(e, scope));
    }
  }

  private void loop(String guard, List<Stmt> body, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    out.begin();
    walkBody(body, scope, ctx, pending);
    List<Element> steps = out.end();
    if (!steps.isEmpty()) {
      out.fragment("loop", List.of(new Element.Branch(guard, steps, 0)));
    }
  }

  /** Walks an if; true when constants decided it and the branch taken leaves the function. */
  private boolean walkIf(Stmt.If i, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    calls(i.test(), scope, ctx, pending);
    Value test = ev.eval(i.test(), scope);
    Optional<Boolean> decided = ev.truth(test);
    if (decided.isPresent()) {
      if (test instanceof Value.Const k && !k.guess().isEmpty()) {
        tracer.guesses.add(k.guess());
      }
      List<Stmt> taken = decided.get() ? i.body() : i.orElse();
      boolean left = walkBody(taken, scope, ctx, pending);
      // A decided branch that raises says more about the limits of this reading than about the
      // operation, whose diagram is the path that succeeds: carry on after it.
      return left && !(taken.get(taken.size() - 1) instanceof Stmt.Raise);
    }
    // Flatten the elif chain into the branches of one fragment.
    List<String> guards = new ArrayList<>();
    List<List<Stmt>> bodies = new ArrayList<>();
    Stmt.If current = i;
    while (true) {
      guards.add(ExprText.of(current.test()));
      bodies.add(current.body());
      if (current.orElse().size() == 1 && current.orElse().get(0) instanceof Stmt.If elif) {
        current = elif;
        continue;
      }
      if (!current.orElse().isEmpty()) {
        guards.add("else");
        bodies.add(current.orElse());
      }
      break;
    }
    List<Element.Branch> branches = new ArrayList<>();
    List<Scope> branchScopes = new ArrayList<>();
    boolean everyBranchLeaves = guards.get(guards.size() - 1).equals("else");
    for (int b = 0; b < bodies.size(); b++) {
      Scope branchScope = scope.fork();
      branchScopes.add(branchScope);
      out.begin();
      everyBranchLeaves &= walkBody(bodies.get(b), branchScope, ctx, new LinkedHashMap<>(pending));
      List<Element> steps = out.end();
      if (!steps.isEmpty()) {
        branches.add(new Element.Branch(guards.get(b), steps, 0));
      }
    }
    mergeBranchScopes(scope, branchScopes, !guards.get(guards.size() - 1).equals("else"));
    if (branches.isEmpty()) {
      return everyBranchLeaves;
    }
    if (bodies.size() > 1 && branches.size() == bodies.size()
        && branches.stream().map(Element.Branch::elements).distinct().count() == 1) {
      branches.get(0).elements().forEach(out::add); // every branch does the same: no fragment
      return everyBranchLeaves;
    }
    if (branches.size() == 1) {
      Element.Branch only = branches.get(0);
      String guard = only.guard().equals("else") ? "not (" + guards.get(0) + ")" : only.guard();
      out.fragment("opt", List.of(new Element.Branch(guard, only.elements(), 0)));
      return everyBranchLeaves;
    }
    out.fragment("alt", branches);
    return everyBranchLeaves;
  }

  /**
   * After an undecided if, a name keeps its value only when every way through agrees on it
   * ({@code is_local_delete = True} then maybe reassigned in a branch is unknown afterwards).
   */
  private static void mergeBranchScopes(Scope scope, List<Scope> branches, boolean fallThrough) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    branches.forEach(b -> names.addAll(b.locals().keySet()));
    for (String name : names) {
      Value before = scope.lookup(name).orElse(Value.UNKNOWN);
      java.util.Set<Value> outcomes = new java.util.HashSet<>();
      for (Scope b : branches) {
        outcomes.add(b.lookup(name).orElse(Value.UNKNOWN));
      }
      if (fallThrough) {
        outcomes.add(before);
      }
      scope.set(name, outcomes.size() == 1 ? outcomes.iterator().next() : Value.UNKNOWN);
    }
  }

  /** Visits the calls inside an expression in evaluation order: arguments before the call. */
  void calls(Expr e, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    if (e instanceof Expr.Call c) {
      if (c.func() instanceof Expr.Attribute a) {
        calls(a.value(), scope, ctx, pending);
      }
      for (Expr.Argument arg : c.args()) {
        calls(arg.value(), scope, ctx, pending);
      }
      tracer.calls.call(c, scope, ctx, pending);
    } else if (e instanceof Expr.Attribute a) {
      calls(a.value(), scope, ctx, pending);
    } else if (e instanceof Expr.Collection c) {
      c.elements().forEach(x -> calls(x, scope, ctx, pending));
    } else if (e instanceof Expr.Operation op) {
      op.operands().forEach(x -> calls(x, scope, ctx, pending));
    } else if (e instanceof Expr.Conditional c) {
      calls(c.test(), scope, ctx, pending);
    } else if (e instanceof Expr.Subscript s) {
      calls(s.value(), scope, ctx, pending);
    }
  }
}
