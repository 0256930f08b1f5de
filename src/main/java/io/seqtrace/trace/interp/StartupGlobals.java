package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Statements;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the {@code main} of each deployed binary far enough to see the module globals its set-up
 * functions assign ({@code def setup_service_api(ops): global OPS; OPS = ops}), with what they
 * are assigned: the objects every request of that process then goes through. Every block is
 * read (both branches of an {@code if}); a global the first binary sets keeps that value (the API's binary is
 * read first, since a request starts there).
 */
public final class StartupGlobals {

  private static final int MAX_DEPTH = 5;

  private final Evaluator ev;
  private final Map<String, Value> found = new LinkedHashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();

  private StartupGlobals(Evaluator ev) {
    this.ev = ev;
  }

  /** The globals the {@code mains}, in order, assign at start-up: {@code module.name} → value. */
  public static Map<String, Value> collect(Evaluator ev, List<FunctionInfo> mains) {
    Map<String, Value> all = new LinkedHashMap<>();
    for (FunctionInfo main : mains) {
      StartupGlobals run = new StartupGlobals(ev);
      run.walk(main, ev.bindDefaults(main, Value.UNKNOWN), 0);
      run.found.forEach(all::putIfAbsent);
    }
    return all;
  }

  private void walk(FunctionInfo fn, Scope scope, int depth) {
    if (depth > MAX_DEPTH || stack.contains(fn.qname())) {
      return;
    }
    stack.push(fn.qname());
    try {
      List<Stmt> statements = Statements.flatten(fn.def().body());
      // `global OPS` holds for the whole function, wherever it is written.
      Set<String> declared = new HashSet<>();
      for (Stmt s : statements) {
        if (s instanceof Stmt.Simple simple && simple.keyword().equals("global")) {
          simple.values().forEach(v -> {
            if (v instanceof Expr.Name n) {
              declared.add(n.id());
            }
          });
        }
      }
      for (Stmt s : statements) {
        for (Expr e : Statements.expressions(s)) {
          follow(e, scope, depth);
        }
        if (s instanceof Stmt.Assign a) {
          Evaluator.assign(a, scope, ev);
          record(a, fn, scope, declared);
        }
      }
    } finally {
      stack.pop();
    }
  }

  private void record(Stmt.Assign a, FunctionInfo fn, Scope scope, Set<String> declared) {
    for (Expr target : a.targets()) {
      if (target instanceof Expr.Name n && declared.contains(n.id())) {
        Value v = scope.lookup(n.id()).orElse(Value.UNKNOWN);
        if (v.known() && !(v instanceof Value.External)) {
          found.put(fn.module() + "." + n.id(), v);
        }
      }
    }
  }

  /** Follows each call of a project function in the expression, arguments first. */
  private void follow(Expr e, Scope scope, int depth) {
    for (Expr.Call c : Statements.calls(e)) {
      if (ev.eval(c.func(), scope) instanceof Value.Function f) {
        walk(f.fn(), ev.bind(f, c, scope), depth + 1);
      }
    }
  }
}
