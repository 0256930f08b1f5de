package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.Binding;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.CodeIndex.ModuleInfo;
import io.seqtrace.trace.symbols.CodeIndex.SelfAssignment;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Globals and members: a module's names through imports and re-exports, attributes of classes
 * and instances through the method resolution order and {@code self} assignments, memoised.
 */
final class Members {

  private final Evaluator ev;
  private final CodeIndex index;
  private final Profile profile;
  private final Map<String, Value> globalsMemo = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, List<ClassInfo>> mroMemo = new HashMap<>();

  Members(Evaluator ev, CodeIndex index, Profile profile) {
    this.ev = ev;
    this.index = index;
    this.profile = profile;
  }

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
    if (b == null || b instanceof Binding.Assigned) {
      // OPS = None, then setup_service_api(ops) at start-up: the value requests see.
      Optional<Value> started = ev.startup().global(module, name);
      if (started.isPresent()) {
        return started.get();
      }
    }
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
        return ev.eval(a.value(), Scope.moduleScope(a.module()));
      }
    }
    if (index.module(module + "." + name).isPresent()) {
      return new Value.ModuleRef(module + "." + name);
    }
    // from sahara.db.api import *: the names of the other module, unless private.
    if (!name.startsWith("_")) {
      for (String star : info.get().starImports()) {
        Value v = global(star, name);
        if (v.known() && !(v instanceof Value.External)) {
          return v;
        }
      }
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

  Value moduleValue(String module) {
    return index.module(module).isPresent() ? new Value.ModuleRef(module) : new Value.External(module);
  }

  Value importedName(String module, String name) {
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
    } else if (base instanceof Value.ClassRef c) {
      return classMember(c.cls(), attr, base);
    } else if (base instanceof Value.Instance i) {
      return instanceMember(i, attr);
    } else if (base instanceof Value.Union u) {
      Value result = Value.UNKNOWN;
      for (Value option : u.options()) {
        result = Evaluator.union(result, member(option, attr));
      }
      return result;
    }
    return ev.library().member(base, attr).orElse(Value.UNKNOWN);
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
        return ev.eval(assigned, Scope.moduleScope(c.module()));
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
        return Binder.hasDecorator(m, "property") ? ev.returnValue(bound, null, Scope.moduleScope(m.module())) : bound;
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
            Scope scope = initScope(instance, a.method());
            Value v = new ReturnFinder(ev, attr).run(a.method().def().body(), scope);
            if (!v.known()) {
              v = ev.eval(a.value(), scope);
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
        return ev.eval(assigned, Scope.moduleScope(c.module()));
      }
    }
    // A configuration object (the profile names its class): every attribute is an option value.
    if (ev.library().isConfigurationObject(mro)) {
      return new Value.Conf(attr);
    }
    // A proxy that forwards every attribute (a lazy loader) answers through __getattr__.
    Optional<FunctionInfo> getattr = method(instance.cls(), "__getattr__");
    if (getattr.isPresent() && !attr.startsWith("__")) {
      Expr.Call synthetic = new Expr.Call(new Expr.Name("__getattr__", 0, 0),
          List.of(new Expr.Argument(Expr.Argument.Kind.POSITIONAL, "", new Expr.Str(attr, 0, 0))), 0, 0);
      Value target = ev.returnValue(new Value.Function(getattr.get(), instance, null), synthetic,
          Scope.moduleScope(instance.cls().module()));
      if (target.known()) {
        return target;
      }
    }
    return Value.UNKNOWN;
  }

  /**
   * The scope {@code method} ran in when the instance was built: its constructor's own, or, for
   * a base class's {@code __init__}, the one the constructor's {@code super().__init__(target)}
   * gave it (Sahara's {@code RemoteOps} hands its target up to {@code RPCClient}); else defaults.
   */
  private Scope initScope(Value.Instance instance, FunctionInfo method) {
    Scope init = instance.init();
    if (init == null || init.function == null) {
      return ev.bindDefaults(method, instance);
    }
    if (init.function.qname().equals(method.qname())) {
      return init;
    }
    if (method.def().name().equals("__init__")) {
      // The constructor's own locals (target = messaging.Target(...)) as they are at the super call.
      Scope constructor = init.fork();
      for (io.seqtrace.model.Stmt st : init.function.def().body()) {
        if (st instanceof io.seqtrace.model.Stmt.Assign assign) {
          Evaluator.assign(assign, constructor, ev);
        }
        if (st instanceof io.seqtrace.model.Stmt.ExprStmt e && e.value() instanceof Expr.Call c
            && c.func() instanceof Expr.Attribute a && a.attr().equals("__init__")
            && a.value() instanceof Expr.Call sup && sup.func() instanceof Expr.Name n && n.id().equals("super")
            && ev.mro(instance.cls()).indexOf(ev.index().cls(method.owner()).orElse(null)) > 0) {
          return ev.bind(new Value.Function(method, instance, null), c, constructor);
        }
      }
    }
    return ev.bindDefaults(method, instance);
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
      if (ev.eval(base, Scope.moduleScope(cls.module())) instanceof Value.ClassRef b) {
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
}
