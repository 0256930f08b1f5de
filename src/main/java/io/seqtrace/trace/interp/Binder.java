package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Parameter;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Statements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Argument binding: a call's arguments (or the parameters' defaults) bound to a function's
 * parameters in a fresh scope, with the imports the function body makes itself.
 */
final class Binder {

  private final Evaluator ev;

  Binder(Evaluator ev) {
    this.ev = ev;
  }

  /** As {@link #bind(Value.Function, Expr.Call, Scope)}, with {@code preBound} filling the first positional parameters (a partial). */
  Scope bind(Value.Function fn, Expr.Call c, Scope caller, List<Value> preBound) {
    FunctionInfo info = fn.fn();
    Scope scope = new Scope(info.module(), info, fn.self(), fn.closure());
    if (hasLocalImports(info)) {
      bindLocalImports(info.def().body(), scope);
    }
    List<Parameter> params = info.def().params();
    int first = 0;
    boolean isMethod = !info.owner().isEmpty() && !isStatic(info);
    if (isMethod && !params.isEmpty()) {
      scope.set(params.get(0).name(), fn.self().known() ? fn.self() : Value.UNKNOWN);
      first = 1;
    }
    List<Expr.Argument> positional = new ArrayList<>();
    Map<String, Expr> keywords = new HashMap<>();
    if (c != null) {
      for (Expr.Argument a : c.args()) {
        if (a.kind() == Expr.Argument.Kind.POSITIONAL) {
          positional.add(a);
        } else if (a.kind() == Expr.Argument.Kind.KEYWORD) {
          keywords.put(a.name(), a.value());
        }
      }
    }
    int p = 0;
    int pre = 0;
    for (int i = first; i < params.size(); i++) {
      Parameter param = params.get(i);
      if (pre < preBound.size() && param.kind() == Parameter.Kind.PLAIN) {
        scope.set(param.name(), preBound.get(pre++));
        continue;
      }
      if (param.kind() != Parameter.Kind.PLAIN) {
        if (param.kind() == Parameter.Kind.VAR_POSITIONAL) {
          if (c != null) {
            // *args holds the positional arguments no parameter took, handed on as func(*args).
            List<Expr> rest = new ArrayList<>();
            positional.subList(Math.min(p, positional.size()), positional.size()).forEach(a -> rest.add(a.value()));
            scope.defineArgument(param.name(), new Expr.Collection("tuple", rest, c.line(), c.column()), caller);
          }
          p = positional.size();
        } else if (param.kind() == Parameter.Kind.VAR_KEYWORD && c != null) {
          // **kwargs holds the keywords no parameter took: a dict the code may hand on (prepare(**kwargs)).
          scope.defineArgument(param.name(), unmatchedKeywords(params, keywords, c), caller);
        }
        continue;
      }
      Value v = Value.UNKNOWN;
      if (p < positional.size()) {
        Expr arg = positional.get(p++).value();
        v = ev.eval(arg, caller);
        scope.defineArgument(param.name(), arg, caller);
      } else if (keywords.containsKey(param.name())) {
        v = ev.eval(keywords.get(param.name()), caller);
        scope.defineArgument(param.name(), keywords.get(param.name()), caller);
      } else if (param.defaultValue().isPresent()) {
        v = ev.eval(param.defaultValue().get(), Scope.moduleScope(info.module()));
      }
      scope.set(param.name(), v);
    }
    return scope;
  }

  private static Expr unmatchedKeywords(List<Parameter> params, Map<String, Expr> keywords, Expr.Call c) {
    java.util.Set<String> named = new java.util.HashSet<>();
    params.forEach(p -> named.add(p.name()));
    List<Expr> entries = new ArrayList<>();
    new java.util.TreeMap<>(keywords).forEach((name, value) -> {
      if (!named.contains(name)) {
        entries.add(new Expr.Str(name, c.line(), c.column()));
        entries.add(value);
      }
    });
    return new Expr.Collection("dict", entries, c.line(), c.column());
  }

  private final Map<String, Boolean> localImports = new HashMap<>();

  private boolean hasLocalImports(FunctionInfo info) {
    return localImports.computeIfAbsent(info.qname(), k -> containsImport(info.def().body()));
  }

  private static boolean containsImport(List<Stmt> body) {
    return Statements.flatten(body).stream().anyMatch(s -> s instanceof Stmt.Import || s instanceof Stmt.ImportFrom);
  }

  /** A scope for a method whose parameters take their defaults; used to read {@code self.x = ...} in {@code __init__}. */
  Scope bindDefaults(FunctionInfo method, Value self) {
    return bind(new Value.Function(method, self, null), null, Scope.moduleScope(method.module()), List.of());
  }

  static boolean isStatic(FunctionInfo info) {
    return hasDecorator(info, "staticmethod");
  }

  static boolean hasDecorator(FunctionInfo info, String name) {
    return info.def().decorators().stream().anyMatch(d -> d instanceof Expr.Name n && n.id().equals(name));
  }

  /** Imports inside a function body ({@code from nova import conductor} in a lazy property) bind locals. */
  private void bindLocalImports(List<Stmt> body, Scope scope) {
    for (Stmt s : Statements.flatten(body)) {
      if (s instanceof Stmt.Import imp) {
        for (Stmt.Alias a : imp.names()) {
          if (a.asName().isEmpty()) {
            String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
            scope.set(top, ev.moduleValue(top));
          } else {
            scope.set(a.asName(), ev.moduleValue(a.name()));
          }
        }
      } else if (s instanceof Stmt.ImportFrom from && from.level() == 0) {
        for (Stmt.Alias a : from.names()) {
          scope.set(a.boundName(), ev.importedName(from.module(), a.name()));
        }
      }
    }
  }

  /** A function defined inside another; it closes over the defining scope. */
  static Value.Function nested(Stmt.FunctionDef f, Scope s) {
    String outer = s.function == null ? s.module : s.function.qname();
    FunctionInfo info = new FunctionInfo(outer + "." + f.name(), s.module,
        s.function == null ? "" : s.function.path(), "", f);
    return new Value.Function(info, Value.UNKNOWN, s);
  }

  /** Records what an assignment binds: plain names only; unpacking binds unknowns. */
  static void assign(Stmt.Assign a, Scope s, Evaluator ev) {
    Value v = a.op().equals("=") ? ev.eval(a.value(), s) : Value.UNKNOWN;
    for (Expr target : a.targets()) {
      if (target instanceof Expr.Name n) {
        s.set(n.id(), v);
        s.define(n.id(), a.value());
      } else if (target instanceof Expr.Collection col) {
        // ctx, cluster, plugin = _prepare_provisioning(cluster_id): a tuple of as many values.
        List<Expr> names = col.elements();
        boolean unpacks = v instanceof Value.Tuple t && t.items().size() == names.size();
        for (int i = 0; i < names.size(); i++) {
          if (names.get(i) instanceof Expr.Name n) {
            s.set(n.id(), unpacks ? ((Value.Tuple) v).items().get(i) : Value.UNKNOWN);
          }
        }
      }
    }
  }
}
