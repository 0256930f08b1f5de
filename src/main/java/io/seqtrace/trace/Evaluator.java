package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Parameter;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.Binding;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.CodeIndex.ModuleInfo;
import io.seqtrace.trace.symbols.CodeIndex.SelfAssignment;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates expressions to {@link Value}s: name resolution through imports and re-exports,
 * attribute lookup through the class hierarchy and {@code self} assignments, factories followed
 * through their return statements, {@code importutils} loading by class name, configuration
 * options by their declared defaults, and RPC clients prepared for a cast or call.
 *
 * <p>It is a deliberately small abstract interpreter: it follows one value per name, decides a
 * conditional when its test is a constant, and gives up ({@link Value#UNKNOWN}) rather than guess,
 * except where the profile names a default, which it marks as a guess. Not thread-safe.
 */
final class Evaluator {

  private static final int MAX_DEPTH = 24;
  private static final String CAN_SEND_VERSION = "can_send_version";

  private final CodeIndex index;
  private final Profile profile;
  private final Map<String, Value> globalsMemo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, Value> returnMemo = new HashMap<>();
  private final Map<String, List<ClassInfo>> mroMemo = new HashMap<>();
  private final Deque<String> callStack = new ArrayDeque<>();

  Evaluator(CodeIndex index, Profile profile) {
    this.index = index;
    this.profile = profile;
  }

  CodeIndex index() {
    return index;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  Value eval(Expr e, Scope s) {
    if (e instanceof Expr.Name n) {
      return name(n.id(), s);
    } else if (e instanceof Expr.Attribute a) {
      Value base = eval(a.value(), s);
      Value v = member(base, a.attr());
      return v.known() ? v : hostRole(a).orElse(v);
    } else if (e instanceof Expr.Call c) {
      return call(c, s);
    } else if (e instanceof Expr.Str str) {
      return Value.Const.of(str.value());
    } else if (e instanceof Expr.Num num) {
      return number(num.text());
    } else if (e instanceof Expr.Conditional c) {
      return conditional(c, s);
    } else if (e instanceof Expr.Operation op) {
      return operation(op, s);
    }
    return Value.UNKNOWN;
  }

  /** A host whose role the profile's naming says: the instance's own host is the source of a move. */
  private Optional<Value> hostRole(Expr.Attribute a) {
    Profile.HostRoles roles = profile.hostRoles();
    String attr = a.attr();
    if (attr.equals(roles.instanceHostAttribute()) && ExprText.of(a.value()).contains(roles.instanceName())) {
      return Optional.of(new Value.Host("src"));
    }
    if (roles.sourceAttributes().contains(attr)) {
      return Optional.of(new Value.Host("src"));
    }
    if (roles.destinationAttributes().contains(attr)) {
      return Optional.of(new Value.Host("dest"));
    }
    return Optional.empty();
  }

  private Value name(String id, Scope s) {
    Optional<Value> local = s.lookup(id);
    if (local.isPresent()) {
      return local.get();
    }
    Value global = global(s.module, id);
    if (global.known()) {
      return global;
    }
    return switch (id) {
      case "None" -> Value.Const.of(null);
      case "True" -> Value.Const.of(Boolean.TRUE);
      case "False" -> Value.Const.of(Boolean.FALSE);
      default -> Value.UNKNOWN;
    };
  }

  private static Value number(String text) {
    try {
      return Value.Const.of(Long.parseLong(text.replace("_", "")));
    } catch (NumberFormatException e) {
      return Value.UNKNOWN;
    }
  }

  private Value conditional(Expr.Conditional c, Scope s) {
    Optional<Boolean> test = truth(eval(c.test(), s));
    if (test.isPresent()) {
      return eval(test.get() ? c.body() : c.orElse(), s);
    }
    return union(eval(c.body(), s), eval(c.orElse(), s));
  }

  private Value operation(Expr.Operation op, Scope s) {
    List<Expr> ops = op.operands();
    switch (op.op()) {
      case "or" -> {
        Value left = eval(ops.get(0), s);
        Optional<Boolean> t = truth(left);
        if (t.isPresent()) {
          return t.get() ? left : eval(ops.get(1), s);
        }
        return left.known() ? left : eval(ops.get(1), s);
      }
      case "and" -> {
        Value left = eval(ops.get(0), s);
        Optional<Boolean> t = truth(left);
        return t.isPresent() && !t.get() ? left : eval(ops.get(1), s);
      }
      case "not" -> {
        return truth(eval(ops.get(0), s)).<Value>map(b -> Value.Const.of(!b)).orElse(Value.UNKNOWN);
      }
      case "is", "==" -> {
        return compare(eval(ops.get(0), s), eval(ops.get(1), s)).<Value>map(Value.Const::of).orElse(Value.UNKNOWN);
      }
      case "is not", "!=" -> {
        return compare(eval(ops.get(0), s), eval(ops.get(1), s)).<Value>map(b -> Value.Const.of(!b)).orElse(Value.UNKNOWN);
      }
      case "in", "not in" -> {
        return membership(ops.get(0), ops.get(1), s)
            .<Value>map(b -> Value.Const.of(op.op().equals("in") == b)).orElse(Value.UNKNOWN);
      }
      case "%" -> {
        // 'nova.virt.%s' % compute_driver: old-style formatting of one known value.
        if (concrete(eval(ops.get(0), s)) instanceof Value.Const f && f.value() instanceof String format
            && concrete(eval(ops.get(1), s)) instanceof Value.Const a && a.value() instanceof String arg
            && format.indexOf("%s") >= 0 && format.indexOf("%s") == format.lastIndexOf('%')) {
          return new Value.Const(format.replace("%s", arg), a.guess());
        }
        return Value.UNKNOWN;
      }
      case "+" -> {
        if (concrete(eval(ops.get(0), s)) instanceof Value.Const a && a.value() instanceof String x
            && concrete(eval(ops.get(1), s)) instanceof Value.Const b && b.value() instanceof String y) {
          return Value.Const.of(x + y);
        }
        return Value.UNKNOWN;
      }
      default -> {
        return Value.UNKNOWN;
      }
    }
  }

  /**
   * {@code x in MAPPING} where {@code x} is a known string and {@code MAPPING} a literal (here, or
   * a global of this module): a deprecated-name table no longer decides which driver is loaded.
   */
  private Optional<Boolean> membership(Expr item, Expr container, Scope s) {
    if (!(concrete(eval(item, s)) instanceof Value.Const k) || !(k.value() instanceof String wanted)) {
      return Optional.empty();
    }
    Expr literal = s.trace(container, 4).expr();
    if (literal instanceof Expr.Name n && s.lookup(n.id()).isEmpty()) {
      Binding b = index.module(s.module).map(m -> m.globals().get(n.id())).orElse(null);
      literal = b instanceof Binding.Assigned a ? a.value() : literal;
    }
    if (!(literal instanceof Expr.Collection c)) {
      return Optional.empty();
    }
    boolean dict = c.kind().equals("dict");
    for (int i = 0; i < c.elements().size(); i += dict ? 2 : 1) {
      if (!(c.elements().get(i) instanceof Expr.Str key)) {
        return Optional.empty(); // a computed member could be anything
      }
      if (key.value().equals(wanted)) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }

  private Optional<Boolean> compare(Value a, Value b) {
    if (concrete(a) instanceof Value.Const x && concrete(b) instanceof Value.Const y) {
      return Optional.of(java.util.Objects.equals(x.value(), y.value()));
    }
    return Optional.empty();
  }

  /** Python truthiness of a value, when it can be known. */
  Optional<Boolean> truth(Value v) {
    Value c = concrete(v);
    if (c instanceof Value.Const k) {
      Object o = k.value();
      if (o == null) {
        return Optional.of(false);
      }
      if (o instanceof Boolean b) {
        return Optional.of(b);
      }
      if (o instanceof String str) {
        return Optional.of(!str.isEmpty());
      }
      if (o instanceof Long l) {
        return Optional.of(l != 0);
      }
    }
    if (c instanceof Value.Instance || c instanceof Value.ClassRef || c instanceof Value.Function
        || c instanceof Value.ModuleRef) {
      return Optional.of(true);
    }
    return Optional.empty();
  }

  static Value union(Value a, Value b) {
    if (!a.known()) {
      return b;
    }
    if (!b.known() || a.equals(b)) {
      return a;
    }
    List<Value> options = new ArrayList<>();
    for (Value v : List.of(a, b)) {
      if (v instanceof Value.Union u) {
        options.addAll(u.options());
      } else {
        options.add(v);
      }
    }
    return new Value.Union(List.copyOf(new LinkedHashSet<>(options)));
  }

  // ---------------------------------------------------------------------------------------------
  // Globals, members and options

  Value global(String module, String name) {
    String key = module + ":" + name;
    Value memo = globalsMemo.get(key);
    if (memo != null) {
      return memo;
    }
    if (!inProgress.add(key)) {
      return Value.UNKNOWN; // a cycle: give up on this path
    }
    try {
      Value v = computeGlobal(module, name);
      globalsMemo.put(key, v);
      return v;
    } finally {
      inProgress.remove(key);
    }
  }

  private Value computeGlobal(String module, String name) {
    Optional<ModuleInfo> info = index.module(module);
    if (info.isEmpty()) {
      return new Value.External(module + "." + name);
    }
    Binding b = info.get().globals().get(name);
    if (b != null) {
      if (b instanceof Binding.ImportedModule m) {
        return moduleValue(m.module());
      } else if (b instanceof Binding.ImportedName n) {
        return importedName(n.module(), n.name());
      } else if (b instanceof Binding.Function f) {
        return new Value.Function(f.function(), Value.UNKNOWN, null);
      } else if (b instanceof Binding.Class c) {
        return new Value.ClassRef(c.cls(), "");
      } else if (b instanceof Binding.Assigned a) {
        return eval(a.value(), Scope.moduleScope(a.module()));
      }
    }
    if (index.module(module + "." + name).isPresent()) {
      return new Value.ModuleRef(module + "." + name);
    }
    // Registries such as nova.objects set their classes as attributes at import time.
    for (String registry : profile.objectPackages()) {
      if (module.equals(registry)) {
        List<ClassInfo> found = index.classesNamed(name, registry);
        if (!found.isEmpty()) {
          return new Value.ClassRef(found.get(0), "");
        }
      }
    }
    return Value.UNKNOWN;
  }

  private Value moduleValue(String module) {
    return index.module(module).isPresent() ? new Value.ModuleRef(module) : new Value.External(module);
  }

  private Value importedName(String module, String name) {
    if (index.module(module + "." + name).isPresent()) {
      return new Value.ModuleRef(module + "." + name);
    }
    if (index.module(module).isPresent()) {
      return global(module, name);
    }
    return new Value.External(module + "." + name);
  }

  /** Resolves a dotted name such as {@code nova.compute.api.API} to a module, class or global. */
  Value dotted(String dotted) {
    if (index.module(dotted).isPresent()) {
      return new Value.ModuleRef(dotted);
    }
    String parent = Names.parent(dotted);
    if (parent.isEmpty()) {
      return Value.UNKNOWN;
    }
    Value base = dotted(parent);
    return base.known() ? member(base, Names.last(dotted)) : Value.UNKNOWN;
  }

  Value member(Value base, String attr) {
    if (base instanceof Value.ModuleRef m) {
      return global(m.name(), attr);
    } else if (base instanceof Value.External x) {
      return isConfRoot(x.qname()) ? new Value.Conf(attr) : new Value.External(x.qname() + "." + attr);
    } else if (base instanceof Value.Conf c) {
      return new Value.Conf(c.path() + "." + attr);
    } else if (base instanceof Value.ClassRef c) {
      return classMember(c.cls(), attr, base);
    } else if (base instanceof Value.Instance i) {
      return instanceMember(i, attr);
    } else if (base instanceof Value.Super sup) {
      List<ClassInfo> mro = mro(sup.selfClass());
      int from = mro.indexOf(sup.after());
      for (int i = from + 1; from >= 0 && i < mro.size(); i++) {
        FunctionInfo m = mro.get(i).methods().get(attr);
        if (m != null) {
          return new Value.Function(m, sup.self(), null);
        }
      }
      return Value.UNKNOWN;
    } else if (base instanceof Value.Flow flow) {
      return attr.equals("run") ? new Value.FlowRun(flow) : Value.UNKNOWN;
    } else if (base instanceof Value.HttpClient client) {
      return switch (attr) {
        case "get", "put", "post", "delete", "patch", "head" ->
            new Value.HttpMethod(client, attr.toUpperCase(java.util.Locale.ROOT));
        default -> Value.UNKNOWN;
      };
    } else if (base instanceof Value.RpcClient client) {
      return attr.equals("cast") || attr.equals("call") ? new Value.RpcMethod(client, attr) : Value.UNKNOWN;
    } else if (base instanceof Value.Union u) {
      Value result = Value.UNKNOWN;
      for (Value option : u.options()) {
        result = union(result, member(option, attr));
      }
      return result;
    }
    return Value.UNKNOWN;
  }

  private static boolean isConfRoot(String qname) {
    return qname.equals("CONF") || qname.endsWith(".CONF");
  }

  /** An option's value: the profile's deployment default (a guess), else the default the code declares. */
  Value concrete(Value v) {
    if (!(v instanceof Value.Conf c)) {
      return v;
    }
    String option = Names.last(c.path());
    if (profile.optionDefaults().containsKey(option)) {
      Object d = profile.optionDefaults().get(option);
      return new Value.Const(d, "option " + option + " = " + d + " (profile default)");
    }
    for (Expr d : index.optionDefaults(option)) {
      Value value = eval(d, Scope.moduleScope(""));
      if (value instanceof Value.Const) {
        return value;
      }
    }
    return Value.UNKNOWN;
  }

  private Value classMember(ClassInfo cls, String attr, Value classValue) {
    for (ClassInfo c : mro(cls)) {
      FunctionInfo m = c.methods().get(attr);
      if (m != null) {
        boolean classmethod = m.def().decorators().stream()
            .anyMatch(d -> d instanceof Expr.Name n && n.id().equals("classmethod"));
        return new Value.Function(m, classmethod ? classValue : Value.UNKNOWN, null);
      }
      Expr assigned = c.attributes().get(attr);
      if (assigned != null) {
        return eval(assigned, Scope.moduleScope(c.module()));
      }
    }
    return Value.UNKNOWN;
  }

  private Value instanceMember(Value.Instance instance, String attr) {
    List<ClassInfo> mro = mro(instance.cls());
    for (ClassInfo c : mro) {
      FunctionInfo m = c.methods().get(attr);
      if (m != null) {
        Value.Function bound = new Value.Function(m, instance, null);
        return hasDecorator(m, "property") ? returnValue(bound, null, Scope.moduleScope(m.module())) : bound;
      }
    }
    for (ClassInfo c : mro) {
      List<SelfAssignment> assignments = c.selfAssignments().get(attr);
      if (assignments != null) {
        String key = instance.cls().qname() + "#" + attr;
        if (!inProgress.add(key)) {
          return Value.UNKNOWN;
        }
        try {
          // `self.x = None` in __init__ and the real value set later (a lazy property) is common:
          // a None is only the answer when nothing better is assigned.
          Value result = Value.UNKNOWN;
          for (SelfAssignment a : preferInit(assignments)) {
            Scope scope = instance.init() != null && instance.init().function != null
                && instance.init().function.qname().equals(a.method().qname())
                ? instance.init() : bindDefaults(a.method(), instance);
            Value v = new ReturnFinder(this, attr).run(a.method().def().body(), scope);
            if (!v.known()) {
              v = eval(a.value(), scope);
            }
            if (v.known() && !(v instanceof Value.Const k && k.value() == null)) {
              result = v;
              break;
            }
            if (!result.known()) {
              result = v;
            }
          }
          return withGuess(result, instance.guess());
        } finally {
          inProgress.remove(key);
        }
      }
      Expr assigned = c.attributes().get(attr);
      if (assigned != null) {
        return eval(assigned, Scope.moduleScope(c.module()));
      }
    }
    // A configuration object (the profile names its class): every attribute is an option value.
    if (mro.stream().anyMatch(c -> profile.configurationClasses().contains(c.qname()))) {
      return new Value.Conf(attr);
    }
    // A proxy that forwards every attribute (a lazy loader) answers through __getattr__.
    Optional<FunctionInfo> getattr = method(instance.cls(), "__getattr__");
    if (getattr.isPresent() && !attr.startsWith("__")) {
      Expr.Call synthetic = new Expr.Call(new Expr.Name("__getattr__", 0, 0),
          List.of(new Expr.Argument(Expr.Argument.Kind.POSITIONAL, "", new Expr.Str(attr, 0, 0))), 0, 0);
      Value target = returnValue(new Value.Function(getattr.get(), instance, null), synthetic,
          Scope.moduleScope(instance.cls().module()));
      if (target.known()) {
        return target;
      }
    }
    return Value.UNKNOWN;
  }

  private static List<SelfAssignment> preferInit(List<SelfAssignment> assignments) {
    List<SelfAssignment> ordered = new ArrayList<>();
    for (SelfAssignment a : assignments) {
      if (a.method().def().name().equals("__init__")) {
        ordered.add(a);
      }
    }
    for (SelfAssignment a : assignments) {
      if (!a.method().def().name().equals("__init__")) {
        ordered.add(a);
      }
    }
    return ordered;
  }

  private static Value withGuess(Value v, String guess) {
    if (guess.isEmpty()) {
      return v;
    }
    if (v instanceof Value.Instance i && i.guess().isEmpty()) {
      return new Value.Instance(i.cls(), guess);
    }
    return v;
  }

  /** Method resolution order: depth-first, left to right, each class once (enough for Nova's hierarchies). */
  List<ClassInfo> mro(ClassInfo cls) {
    List<ClassInfo> memo = mroMemo.get(cls.qname());
    if (memo != null) {
      return memo;
    }
    mroMemo.put(cls.qname(), List.of(cls)); // guards against cycles while computing
    List<ClassInfo> order = new ArrayList<>();
    order.add(cls);
    for (Expr base : cls.def().bases()) {
      if (eval(base, Scope.moduleScope(cls.module())) instanceof Value.ClassRef b) {
        for (ClassInfo c : mro(b.cls())) {
          if (!order.contains(c)) {
            order.add(c);
          }
        }
      }
    }
    List<ClassInfo> result = List.copyOf(order);
    mroMemo.put(cls.qname(), result);
    return result;
  }

  Optional<FunctionInfo> method(ClassInfo cls, String name) {
    for (ClassInfo c : mro(cls)) {
      FunctionInfo m = c.methods().get(name);
      if (m != null) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  Value call(Expr.Call c, Scope s) {
    if (c.func() instanceof Expr.Attribute a && a.attr().equals("prepare")) {
      Value receiver = eval(a.value(), s);
      if (!(receiver instanceof Value.Function) && !(receiver instanceof Value.Instance)) {
        return prepared(c, s);
      }
    }
    if (c.func() instanceof Expr.Attribute a && a.attr().equals(CAN_SEND_VERSION)) {
      // oslo.messaging: with no version pins every service speaks the newest RPC version, so the
      // code's fallbacks for older peers are not the path a current deployment takes.
      return new Value.Const(Boolean.TRUE, "RPC clients can send the newest version (no version pins)");
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("super") && s.lookup("super").isEmpty()) {
      return superOf(s);
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("getattr") && s.lookup("getattr").isEmpty()
        && c.args().size() >= 2) {
      // getattr(obj, 'name') is obj.name when the name is known.
      Value name = concrete(eval(c.args().get(1).value(), s));
      if (name instanceof Value.Const k && k.value() instanceof String attr) {
        return member(eval(c.args().get(0).value(), s), attr);
      }
      return Value.UNKNOWN;
    }
    Value f = eval(c.func(), s);
    return callValue(f, c, s);
  }

  /**
   * {@code super()} and {@code super(Cls, self)} in a method: the class the method is defined in
   * comes from the index, the receiver from the scope.
   */
  private Value superOf(Scope s) {
    if (s.function == null || s.function.owner().isEmpty()) {
      return Value.UNKNOWN;
    }
    Optional<ClassInfo> owner = index.cls(s.function.owner());
    if (owner.isEmpty()) {
      return Value.UNKNOWN;
    }
    ClassInfo selfClass = s.self instanceof Value.Instance i ? i.cls() : owner.get();
    return new Value.Super(s.self, selfClass, owner.get());
  }

  /**
   * {@code client.prepare(server=..., fanout=True)}: the client an RPC will go through. The
   * arguments may also come as {@code **params}, a dict built before ({@code params = {'server':
   * server, ...}}, Nova 33's {@code prepare_for_alt_rpcserver}).
   */
  Value.RpcClient prepared(Expr.Call c, Scope s) {
    Optional<Scope.Origin> server = c.keyword("server").map(e -> new Scope.Origin(e, s));
    Optional<Scope.Origin> fanout = c.keyword("fanout").map(e -> new Scope.Origin(e, s));
    for (Expr.Argument a : c.args()) {
      if (a.kind() == Expr.Argument.Kind.DOUBLE_STAR) {
        Scope.Origin dict = s.trace(a.value(), 4);
        if (server.isEmpty()) {
          server = dictEntry(dict, "server");
        }
        if (fanout.isEmpty()) {
          fanout = dictEntry(dict, "fanout");
        }
      }
    }
    boolean isFanout = fanout.map(o -> truth(eval(o.expr(), o.scope())).orElse(false)).orElse(false);
    return new Value.RpcClient(server.map(Scope.Origin::expr).orElse(null),
        server.map(Scope.Origin::scope).orElse(s), isFanout, c);
  }

  /** The value expression of {@code 'key': value} in a dict literal. */
  static Optional<Scope.Origin> dictEntry(Scope.Origin dict, String key) {
    if (dict.expr() instanceof Expr.Collection d && d.kind().equals("dict")) {
      for (int i = 0; i + 1 < d.elements().size(); i += 2) {
        if (d.elements().get(i) instanceof Expr.Str k && k.value().equals(key)) {
          return Optional.of(new Scope.Origin(d.elements().get(i + 1), dict.scope()));
        }
      }
    }
    return Optional.empty();
  }

  Value callValue(Value f, Expr.Call c, Scope s) {
    Optional<Value.HttpClient> http = httpClient(f, c, s);
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
      return externalCall(x.qname(), c, s);
    } else if (f instanceof Value.Union u) {
      Value result = Value.UNKNOWN;
      for (Value option : u.options()) {
        result = union(result, callValue(option, c, s));
      }
      return result;
    }
    return Value.UNKNOWN;
  }

  /**
   * A call of one of the profile's HTTP client factories with a service type ({@code
   * get_ksa_adapter('placement')}, {@code Adapter(service_type='placement')}).
   */
  private Optional<Value.HttpClient> httpClient(Value f, Expr.Call c, Scope s) {
    String name = f instanceof Value.Function fn ? fn.fn().def().name()
        : f instanceof Value.External x ? Names.last(x.qname())
        : f instanceof Value.ClassRef k ? k.cls().name() : "";
    if (c == null || !profile.httpClients().factories().contains(name)) {
      return Optional.empty();
    }
    Optional<Expr> type = c.keyword("service_type").or(() -> c.positional(0));
    return type.map(t -> concrete(eval(t, s)))
        .filter(v -> v instanceof Value.Const k && k.value() instanceof String)
        .map(v -> (String) ((Value.Const) v).value())
        .map(t -> new Value.HttpClient(profile.httpClients().participants().getOrDefault(t, t)));
  }

  /** An instance remembers its constructor arguments, so {@code self.x = x} in {@code __init__} can be read later. */
  private Value construct(Value.ClassRef k, Expr.Call c, Scope s) {
    Value.Instance bare = new Value.Instance(k.cls(), k.guess());
    Optional<FunctionInfo> init = method(k.cls(), "__init__");
    if (init.isEmpty() || c == null) {
      return bare;
    }
    return new Value.Instance(k.cls(), k.guess(), bind(new Value.Function(init.get(), bare, null), c, s));
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
    if (factory != null && dotted(factory) instanceof Value.ClassRef k) {
      return new Value.Instance(k.cls(), fn.fn().qname() + "() returns " + factory + " (profile default)");
    }
    return result;
  }

  private Value externalCall(String qname, Expr.Call c, Scope s) {
    String last = Names.last(qname);
    switch (last) {
      case "import_object", "import_class", "import_object_ns", "import_module", "import_versioned_module" -> {
        List<Value> names = new ArrayList<>();
        for (Expr.Argument arg : c.args()) {
          if (arg.kind() == Expr.Argument.Kind.POSITIONAL) {
            names.add(concrete(eval(arg.value(), s)));
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
          Value target = dotted(candidate);
          if (target instanceof Value.ClassRef k) {
            return last.equals("import_class") ? new Value.ClassRef(k.cls(), guess) : new Value.Instance(k.cls(), guess);
          }
          if (target instanceof Value.ModuleRef) {
            return target;
          }
        }
        return Value.UNKNOWN;
      }
      case "Flow" -> {
        // taskflow.patterns.linear_flow.Flow(name): tasks come with flow.add(...)
        return qname.startsWith("taskflow.") ? new Value.Flow(new ArrayList<>()) : Value.UNKNOWN;
      }
      case "load", "load_from_factory" -> {
        // taskflow.engines.load(flow, store=...): the engine runs the flow's tasks.
        Value flow = c.positional(0).map(e -> eval(e, s)).orElse(Value.UNKNOWN);
        return qname.startsWith("taskflow.") && flow instanceof Value.Flow ? flow : Value.UNKNOWN;
      }
      case "partial" -> {
        Value target = c.positional(0).map(e -> eval(e, s)).orElse(Value.UNKNOWN);
        if (target instanceof Value.Function fn) {
          List<Value> bound = new ArrayList<>();
          for (int i = 1; i < c.args().size() && c.args().get(i).kind() == Expr.Argument.Kind.POSITIONAL; i++) {
            bound.add(eval(c.args().get(i).value(), s));
          }
          return new Value.Partial(fn, List.copyOf(bound));
        }
        return target;
      }
      default -> {
        return Value.UNKNOWN;
      }
    }
  }

  /** What a function returns, found by walking its body with its parameters bound; memoised when no argument is known. */
  Value returnValue(Value.Function fn, Expr.Call c, Scope caller) {
    return returnValue(fn, c, caller, List.of());
  }

  Value returnValue(Value.Function fn, Expr.Call c, Scope caller, List<Value> preBound) {
    if (callStack.size() >= MAX_DEPTH || callStack.contains(fn.fn().qname())) {
      return Value.UNKNOWN;
    }
    Scope scope = bind(fn, c, caller, preBound);
    boolean plain = scope.locals().values().stream().allMatch(Evaluator::contextFree) && fn.closure() == null
        && (!(fn.self() instanceof Value.Instance i) || i.init() == null);
    String key = fn.fn().qname() + "|" + (fn.self() instanceof Value.Instance i ? i.cls().qname() : "");
    if (plain && returnMemo.containsKey(key)) {
      return returnMemo.get(key);
    }
    callStack.push(fn.fn().qname());
    try {
      Value v = new ReturnFinder(this).run(fn.fn().def().body(), scope);
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
      return u.options().stream().allMatch(Evaluator::contextFree);
    }
    return v instanceof Value.Unknown || v instanceof Value.ModuleRef || v instanceof Value.External
        || v instanceof Value.ClassRef || v instanceof Value.Conf || v instanceof Value.HttpClient
        || v instanceof Value.Instance i && i.init() == null;
  }

  /** Binds a call's arguments to the function's parameters; defaults fill the rest. */
  Scope bind(Value.Function fn, Expr.Call c, Scope caller) {
    return bind(fn, c, caller, List.of());
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
        v = eval(arg, caller);
        scope.defineArgument(param.name(), arg, caller);
      } else if (keywords.containsKey(param.name())) {
        v = eval(keywords.get(param.name()), caller);
        scope.defineArgument(param.name(), keywords.get(param.name()), caller);
      } else if (param.defaultValue().isPresent()) {
        v = eval(param.defaultValue().get(), Scope.moduleScope(info.module()));
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
    for (Stmt s : body) {
      if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
        return true;
      }
      if (s instanceof Stmt.If i && (containsImport(i.body()) || containsImport(i.orElse()))) {
        return true;
      }
      if (s instanceof Stmt.Try t && containsImport(t.body())) {
        return true;
      }
    }
    return false;
  }

  /** A scope for a method whose parameters take their defaults; used to read {@code self.x = ...} in {@code __init__}. */
  Scope bindDefaults(FunctionInfo method, Value self) {
    return bind(new Value.Function(method, self, null), null, Scope.moduleScope(method.module()));
  }

  static boolean isStatic(FunctionInfo info) {
    return hasDecorator(info, "staticmethod");
  }

  static boolean hasDecorator(FunctionInfo info, String name) {
    return info.def().decorators().stream().anyMatch(d -> d instanceof Expr.Name n && n.id().equals(name));
  }

  /** Imports inside a function body ({@code from nova import conductor} in a lazy property) bind locals. */
  private void bindLocalImports(List<Stmt> body, Scope scope) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Import imp) {
        for (Stmt.Alias a : imp.names()) {
          if (a.asName().isEmpty()) {
            String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
            scope.set(top, moduleValue(top));
          } else {
            scope.set(a.asName(), moduleValue(a.name()));
          }
        }
      } else if (s instanceof Stmt.ImportFrom from && from.level() == 0) {
        for (Stmt.Alias a : from.names()) {
          scope.set(a.boundName(), importedName(from.module(), a.name()));
        }
      } else if (s instanceof Stmt.If i) {
        bindLocalImports(i.body(), scope);
        bindLocalImports(i.orElse(), scope);
      } else if (s instanceof Stmt.Try t) {
        bindLocalImports(t.body(), scope);
      }
    }
  }

  /** Walks a function body the way it would run, tracking locals, and returns the first known return value. */
  private static final class ReturnFinder {
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
      if (stmt instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c
          && c.func() instanceof Expr.Attribute add && add.attr().equals("add")
          && ev.eval(add.value(), s) instanceof Value.Flow flow) {
        // flow.add(TaskA(...), TaskB(...)): the flow's tasks, in the order they will run.
        for (Expr.Argument arg : c.args()) {
          if (arg.kind() == Expr.Argument.Kind.POSITIONAL) {
            flow.tasks().add(ev.eval(arg.value(), s));
          }
        }
        return null;
      }
      if (stmt instanceof Stmt.Assign a) {
        if (selfAttribute != null && a.targets().stream().anyMatch(t -> t instanceof Expr.Attribute at
            && at.attr().equals(selfAttribute) && at.value() instanceof Expr.Name n && n.id().equals("self"))) {
          Value v = ev.eval(a.value(), s);
          if (v.known() && !(v instanceof Value.Const k && k.value() == null)) {
            return v;
          }
        }
        assign(a, s, ev);
      } else if (stmt instanceof Stmt.Return r) {
        if (selfAttribute != null) {
          return null;
        }
        if (r.value().isEmpty() && undecided == 0) {
          return Value.Const.of(null); // a bare return is None
        }
        if (r.value().isPresent()) {
          Value v = ev.eval(r.value().get(), s);
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
        s.set(f.name(), nested(f, s));
      }
      return null;
    }

    private static Value nonUnknown(Value v) {
      return v.known() ? v : null;
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
        for (Expr el : col.elements()) {
          if (el instanceof Expr.Name n) {
            s.set(n.id(), Value.UNKNOWN);
          }
        }
      }
    }
  }
}
