package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.library.LibraryModels;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates expressions to {@link Value}s and is the interpreter's facade: names, constants,
 * conditionals and operators here; globals and members ({@link Members}), calls ({@link Calls}),
 * argument binding ({@link Binder}), return values ({@link ReturnFinder}) and library models
 * ({@link LibraryModels}) each in a class of its own.
 *
 * <p>It is a deliberately small abstract interpreter: it follows one value per name, decides a
 * conditional when its test is a constant, and gives up ({@link Value#UNKNOWN}) rather than guess,
 * except where the profile names a default, which it marks as a guess. Not thread-safe.
 */
public final class Evaluator {

  private final CodeIndex index;
  private final Profile profile;
  private final Members members;
  private final Calls calls;
  private final Binder binder;
  private final LibraryModels library;
  private final Startup startup;
  private final LiteralTables tables;

  public Evaluator(CodeIndex index, Profile profile) {
    this(index, profile, Startup.NONE);
  }

  /** An evaluator that knows the entry points and what the binaries set up at start-up. */
  public Evaluator(CodeIndex index, Profile profile, Startup startup) {
    this.index = index;
    this.profile = profile;
    this.startup = startup;
    this.tables = new LiteralTables(this, index);
    this.members = new Members(this, index, profile);
    this.calls = new Calls(this, profile);
    this.binder = new Binder(this);
    this.library = new LibraryModels(this, profile);
  }

  public CodeIndex index() {
    return index;
  }

  /** The entry points and start-up globals this evaluator reads the code with. */
  public Startup startup() {
    return startup;
  }

  /** The library models calls and attributes go through. */
  public LibraryModels library() {
    return library;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  public Value eval(Expr e, Scope s) {
    if (e instanceof Expr.Name n) {
      return name(n.id(), s);
    } else if (e instanceof Expr.Attribute a) {
      Value base = eval(a.value(), s);
      Value v = member(base, a.attr());
      return v.known() ? v : hostRole(a).orElse(v);
    } else if (e instanceof Expr.Call c) {
      return calls.call(c, s);
    } else if (e instanceof Expr.Str str) {
      return Value.Const.of(str.value());
    } else if (e instanceof Expr.Num num) {
      return number(num.text());
    } else if (e instanceof Expr.Conditional c) {
      return conditional(c, s);
    } else if (e instanceof Expr.Operation op) {
      return operation(op, s);
    } else if (e instanceof Expr.Collection c && c.kind().equals("tuple") && !c.elements().isEmpty()) {
      // Only the objects a tuple carries: `return None, None` on a path that found nothing is no
      // answer for the path that did (`cell, instance = self._lookup_instance(...)`).
      List<Value> items = new ArrayList<>();
      for (Expr item : c.elements()) {
        Value v = eval(item, s);
        items.add(v instanceof Value.Const || v instanceof Value.Union ? Value.UNKNOWN : v);
      }
      return items.stream().anyMatch(Value::known) ? new Value.Tuple(items) : Value.UNKNOWN;
    } else if (e instanceof Expr.Subscript sub && sub.index().size() == 1) {
      return tables.subscript(sub, s);
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
    Value global = members.global(s.module, id);
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
    Value tested = eval(c.test(), s);
    Optional<Boolean> test = truth(tested);
    if (test.isPresent()) {
      Value chosen = eval(test.get() ? c.body() : c.orElse(), s);
      // Decided by an assumption (can_send_version): what it chose rests on it too.
      if (tested instanceof Value.Const t && !t.guess().isEmpty() && chosen instanceof Value.Const v && v.guess().isEmpty()) {
        return new Value.Const(v.value(), t.guess());
      }
      return chosen;
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
        return tables.membership(ops.get(0), ops.get(1), s)
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


  private Optional<Boolean> compare(Value a, Value b) {
    if (concrete(a) instanceof Value.Const x && concrete(b) instanceof Value.Const y) {
      return Optional.of(java.util.Objects.equals(x.value(), y.value()));
    }
    return Optional.empty();
  }

  /** Python truthiness of a value, when it can be known. */
  public Optional<Boolean> truth(Value v) {
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

  private static boolean isNone(Value v) {
    return v instanceof Value.Const k && k.value() == null;
  }

  /**
   * One of two values. An unknown beside a known value gives the known one, except None: {@code
   * get(x) if x else None}, or {@code if found: return found.to_dict()} then {@code return None},
   * with the lookup unknown is not None, and taking None for the answer would decide the {@code
   * if cluster is None: return} after it and cut the path that matters.
   */
  public static Value union(Value a, Value b) {
    if (!a.known()) {
      return isNone(b) ? Value.UNKNOWN : b;
    }
    if (!b.known()) {
      return isNone(a) ? Value.UNKNOWN : a;
    }
    if (a.equals(b)) {
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


  /**
   * As {@link #concrete}, but an option whose name several options share with different defaults
   * ({@code topic} in the conductor, cells and scheduler groups) is unknown rather than the first
   * found: an RPC topic read from it would send a message to the wrong service.
   */
  public Value definite(Value v) {
    if (v instanceof Value.Conf c && !profile.optionDefaults().containsKey(Names.last(c.path()))) {
      java.util.Set<Object> defaults = new java.util.HashSet<>();
      for (Expr d : index.optionDefaults(Names.last(c.path()))) {
        defaults.add(eval(d, Scope.moduleScope("")) instanceof Value.Const k ? k.value() : d);
      }
      if (defaults.size() > 1) {
        return Value.UNKNOWN;
      }
    }
    return concrete(v);
  }

  /** The string {@link #definite} makes of a value (an RPC topic, a manager's class name), else null. */
  public String definiteString(Value v) {
    return definite(v) instanceof Value.Const k && k.value() instanceof String s ? s : null;
  }

  /** An option's value: the profile's deployment default (a guess), else the default the code declares. */
  public Value concrete(Value v) {
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

  // ---------------------------------------------------------------------------------------------
  // The other parts of the interpreter

  /** The value of a module's global {@code name}. */
  public Value global(String module, String name) {
    return members.global(module, name);
  }

  /** Resolves a dotted name such as {@code nova.compute.api.API} to a module, class or global. */
  public Value dotted(String dotted) {
    return members.dotted(dotted);
  }

  /** The attribute {@code attr} of a value. */
  public Value member(Value base, String attr) {
    return members.member(base, attr);
  }

  /** Method resolution order: depth-first, left to right, each class once (enough for Nova's hierarchies). */
  public List<ClassInfo> mro(ClassInfo cls) {
    return members.mro(cls);
  }

  /** The method {@code name} of a class, looked up along its MRO. */
  public Optional<FunctionInfo> method(ClassInfo cls, String name) {
    return members.method(cls, name);
  }

  /** What calling {@code f} at {@code c} gives. */
  public Value callValue(Value f, Expr.Call c, Scope s) {
    return calls.callValue(f, c, s);
  }

  /** What a function returns, found by walking its body with its parameters bound; memoised when no argument is known. */
  public Value returnValue(Value.Function fn, Expr.Call c, Scope caller) {
    return calls.returnValue(fn, c, caller, List.of());
  }

  /** Binds a call's arguments to the function's parameters; defaults fill the rest. */
  public Scope bind(Value.Function fn, Expr.Call c, Scope caller) {
    return binder.bind(fn, c, caller, List.of());
  }

  /** As {@link #bind(Value.Function, Expr.Call, Scope)}, with {@code preBound} filling the first positional parameters (a partial). */
  public Scope bind(Value.Function fn, Expr.Call c, Scope caller, List<Value> preBound) {
    return binder.bind(fn, c, caller, preBound);
  }

  /** A scope for a method whose parameters take their defaults; used to read {@code self.x = ...} in {@code __init__}. */
  public Scope bindDefaults(FunctionInfo method, Value self) {
    return binder.bindDefaults(method, self);
  }

  Value returnValue(Value.Function fn, Expr.Call c, Scope caller, List<Value> preBound) {
    return calls.returnValue(fn, c, caller, preBound);
  }

  Value moduleValue(String module) {
    return members.moduleValue(module);
  }

  Value importedName(String module, String name) {
    return members.importedName(module, name);
  }

  /** A function defined inside another; it closes over the defining scope. */
  public static Value.Function nested(Stmt.FunctionDef f, Scope s) {
    return Binder.nested(f, s);
  }

  /** Records what an assignment binds: plain names only; unpacking binds unknowns. */
  public static void assign(Stmt.Assign a, Scope s, Evaluator ev) {
    Binder.assign(a, s, ev);
  }
}
