package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls: what calling a class, a function, a partial or a library function gives, with what a
 * project function returns found by walking its body (memoised when no argument matters).
 */
final class Calls {

  private static final int MAX_DEPTH = 24;

  private final Evaluator ev;
  private final Profile profile;
  private final Map<String, Value> returnMemo = new HashMap<>();
  private final Deque<String> callStack = new ArrayDeque<>();

  Calls(Evaluator ev, Profile profile) {
    this.ev = ev;
    this.profile = profile;
  }

  /** What a call expression gives: library call sites first, then {@code getattr}, then the callee's value called. */
  Value call(Expr.Call c, Scope s) {
    Optional<Value> library = ev.library().callSite(c, s);
    if (library.isPresent()) {
      return library.get();
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("getattr") && s.lookup("getattr").isEmpty()
        && c.args().size() >= 2) {
      // getattr(obj, 'name') is obj.name when the name is known.
      Value name = ev.concrete(ev.eval(c.args().get(1).value(), s));
      if (name instanceof Value.Const k && k.value() instanceof String attr) {
        return ev.member(ev.eval(c.args().get(0).value(), s), attr);
      }
      return Value.UNKNOWN;
    }
    Value f = ev.eval(c.func(), s);
    return callValue(f, c, s);
  }

  /** What calling the value {@code f} gives: an HTTP client, an instance, a function's return value, a library result. */
  Value callValue(Value f, Expr.Call c, Scope s) {
    Optional<Value.HttpClient> http = ev.library().httpClient(f, c, s);
    if (http.isPresent()) {
      return http.get();
    }
    if (f instanceof Value.ClassRef k) {
      return construct(k, c, s);
    } else if (f instanceof Value.Function fn) {
      return functionResult(fn, c, s);
    } else if (f instanceof Value.Partial p) {
      return returnValue(p.fn(), c, s, p.args());
    } else if (f instanceof Value.External x) {
      return ev.library().call(x.qname(), c, s);
    } else if (f instanceof Value.Union u) {
      Value result = Value.UNKNOWN;
      for (Value option : u.options()) {
        result = Evaluator.union(result, callValue(option, c, s));
      }
      return result;
    }
    return Value.UNKNOWN;
  }

  /** An instance remembers its constructor arguments, so {@code self.x = x} in {@code __init__} can be read later. */
  private Value construct(Value.ClassRef k, Expr.Call c, Scope s) {
    Value.Instance bare = new Value.Instance(k.cls(), k.guess());
    Optional<FunctionInfo> init = ev.method(k.cls(), "__init__");
    if (init.isEmpty() || c == null) {
      return bare;
    }
    return new Value.Instance(k.cls(), k.guess(), ev.bind(new Value.Function(init.get(), bare, null), c, s));
  }

  private Value functionResult(Value.Function fn, Expr.Call c, Scope s) {
    Object assumed = profile.assumedResults().get(fn.fn().qname());
    if (assumed != null || profile.assumedResults().containsKey(fn.fn().qname())) {
      return new Value.Const(assumed, fn.fn().qname() + "() = " + assumed + " (profile default)");
    }
    String factory = profile.factories().get(fn.fn().qname());
    Value result = returnValue(fn, c, s);
    if (result instanceof Value.Instance || result instanceof Value.ClassRef) {
      return result;
    }
    if (factory != null && ev.dotted(factoryClass(factory)) instanceof Value.ClassRef k) {
      return new Value.Instance(k.cls(), fn.fn().qname() + "() returns " + factory + " (profile default)");
    }
    return result;
  }

  /**
   * A factory names a class ({@code nova.volume.cinder.API}) or an entry point, {@code
   * group:name} ({@code sahara.cluster.plugins:vanilla}), which the project's entry points map to
   * its class, wherever a release moved it.
   */
  private String factoryClass(String factory) {
    int colon = factory.indexOf(':');
    return colon < 0 ? factory
        : ev.startup().entryPoints().target(factory.substring(0, colon), factory.substring(colon + 1)).orElse("");
  }

  /** What a function returns, found by walking its body with its parameters bound; memoised when no argument is known. */
  Value returnValue(Value.Function fn, Expr.Call c, Scope caller) {
    return returnValue(fn, c, caller, List.of());
  }

  Value returnValue(Value.Function fn, Expr.Call c, Scope caller, List<Value> preBound) {
    if (callStack.size() >= MAX_DEPTH || callStack.contains(fn.fn().qname())) {
      return Value.UNKNOWN;
    }
    Scope scope = ev.bind(fn, c, caller, preBound);
    boolean plain = scope.locals().values().stream().allMatch(Calls::contextFree) && fn.closure() == null
        && (!(fn.self() instanceof Value.Instance i) || i.init() == null);
    String key = fn.fn().qname() + "|" + (fn.self() instanceof Value.Instance i ? i.cls().qname() : "");
    if (plain && returnMemo.containsKey(key)) {
      return returnMemo.get(key);
    }
    callStack.push(fn.fn().qname());
    try {
      Value v = new ReturnFinder(ev).run(fn.fn().def().body(), scope);
      if (plain && contextFree(v)) {
        returnMemo.put(key, v);
      }
      return v;
    } finally {
      callStack.pop();
    }
  }

  /**
   * True for values that carry nothing of the call they came from: a memoised answer may only
   * hold such values, or the first caller's arguments would leak into every later call (an RPC
   * client prepared with the first caller's {@code server=}).
   */
  private static boolean contextFree(Value v) {
    if (v instanceof Value.Union u) {
      return u.options().stream().allMatch(Calls::contextFree);
    }
    return v instanceof Value.Unknown || v instanceof Value.ModuleRef || v instanceof Value.External
        || v instanceof Value.ClassRef || v instanceof Value.Conf || v instanceof Value.HttpClient
        || v instanceof Value.Instance i && i.init() == null;
  }

}
