package io.seqtrace.trace.symbols;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Module;
import io.seqtrace.model.Stmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A project-wide index over the syntax model: modules by dotted name, their global bindings
 * (imports, functions, classes, assignments), classes with their methods and the attributes their
 * methods assign to {@code self}, and the defaults of configuration options declared in the code.
 *
 * <p>Built once per ref; immutable afterwards and safe to share between threads.
 */
public final class CodeIndex {

  /** What a module-level name is bound to. */
  public sealed interface Binding {
    /** {@code import a.b as x} binds x to module a.b; {@code import a.b} binds a to module a. */
    record ImportedModule(String module) implements Binding {}

    /** {@code from m import n as x} binds x to name n of m (a submodule or a global of m). */
    record ImportedName(String module, String name) implements Binding {}

    record Function(FunctionInfo function) implements Binding {}

    record Class(ClassInfo cls) implements Binding {}

    record Assigned(Expr value, String module) implements Binding {}
  }

  /**
   * One module and its global bindings; {@code starImports} are the modules it imports every
   * public name of ({@code from sahara.db.api import *}), looked into for a name it does not bind.
   */
  public record ModuleInfo(Module module, Map<String, Binding> globals, List<String> starImports) {}

  /** A function or method with its place in the code. {@code owner} is the class's qualified name or empty. */
  public record FunctionInfo(String qname, String module, String path, String owner, Stmt.FunctionDef def) {
    /** The name within its module: {@code API.pause} or {@code load_compute_driver}. */
    public String localName() {
      return qname.substring(module.length() + 1);
    }

    // Identity is the qualified name: hashing the whole syntax tree on every set lookup is ruinous.
    @Override
    public boolean equals(Object o) {
      return o instanceof FunctionInfo f && f.qname.equals(qname) && f.path.equals(path) && f.def.line() == def.line();
    }

    @Override
    public int hashCode() {
      return qname.hashCode();
    }
  }

  /** An attribute assigned to self in a method: {@code self.compute_rpcapi = compute_rpcapi.ComputeAPI()}. */
  public record SelfAssignment(Expr value, FunctionInfo method) {}

  /** A class, its methods, class-level assignments and attributes assigned to self. */
  public record ClassInfo(String qname, String module, String path, Stmt.ClassDef def,
      Map<String, FunctionInfo> methods, Map<String, Expr> attributes,
      Map<String, List<SelfAssignment>> selfAssignments) {
    public String name() {
      return def.name();
    }

    // Identity is the qualified name, for the same reason as FunctionInfo's.
    @Override
    public boolean equals(Object o) {
      return o instanceof ClassInfo c && c.qname.equals(qname) && c.path.equals(path);
    }

    @Override
    public int hashCode() {
      return qname.hashCode();
    }
  }

  private final Map<String, ModuleInfo> modules = new TreeMap<>();
  private final Map<String, ClassInfo> classes = new HashMap<>();
  private final Map<String, FunctionInfo> functions = new HashMap<>();
  private final Map<String, List<Expr>> optionDefaults = new HashMap<>();
  private final Set<String> functionNames = new HashSet<>();
  private final Set<String> paths = new HashSet<>();

  public CodeIndex(Collection<Module> all) {
    for (Module m : all) {
      paths.add(m.path());
      Map<String, Binding> globals = new LinkedHashMap<>();
      List<String> starImports = new ArrayList<>();
      collectGlobals(m, m.body(), globals, starImports);
      modules.put(m.name(), new ModuleInfo(m, globals, List.copyOf(starImports)));
      findOptions(m.body());
    }
  }

  public Optional<ModuleInfo> module(String name) {
    return Optional.ofNullable(modules.get(name));
  }

  public Collection<ModuleInfo> modules() {
    return modules.values();
  }

  public Optional<ClassInfo> cls(String qname) {
    return Optional.ofNullable(classes.get(qname));
  }

  public Optional<FunctionInfo> function(String qname) {
    return Optional.ofNullable(functions.get(qname));
  }

  /** True when any function or method with this simple name exists. */
  public boolean hasFunctionNamed(String name) {
    return functionNames.contains(name);
  }

  public boolean hasPath(String path) {
    return paths.contains(path);
  }

  /** Functions and methods whose local name ({@code API.pause}) or simple name matches, in the module at {@code path}. */
  public List<FunctionInfo> functionsIn(String path, String name) {
    List<FunctionInfo> found = new ArrayList<>();
    for (FunctionInfo f : functions.values()) {
      if (f.path().equals(path) && (f.localName().equals(name) || f.def().name().equals(name))) {
        found.add(f);
      }
    }
    found.sort(java.util.Comparator.comparing(FunctionInfo::qname));
    return found;
  }

  /** Every function and method in the module at {@code path}, sorted by qualified name. */
  public List<FunctionInfo> functionsAt(String path) {
    List<FunctionInfo> found = new ArrayList<>();
    for (FunctionInfo f : functions.values()) {
      if (f.path().equals(path)) {
        found.add(f);
      }
    }
    found.sort(java.util.Comparator.comparing(FunctionInfo::qname));
    return found;
  }

  /** Every module-level function (no methods), sorted by qualified name. */
  public List<FunctionInfo> moduleFunctions() {
    List<FunctionInfo> found = new ArrayList<>();
    for (FunctionInfo f : functions.values()) {
      if (f.owner().isEmpty()) {
        found.add(f);
      }
    }
    found.sort(java.util.Comparator.comparing(FunctionInfo::qname));
    return found;
  }

  /** Classes with this simple name inside {@code pkg}, sorted by qualified name. */
  public List<ClassInfo> classesNamed(String simpleName, String pkg) {
    List<ClassInfo> found = new ArrayList<>();
    for (ClassInfo c : classes.values()) {
      if (c.name().equals(simpleName) && Names.inPackage(c.module(), pkg)) {
        found.add(c);
      }
    }
    found.sort(java.util.Comparator.comparing(ClassInfo::qname));
    return found;
  }

  public Collection<ClassInfo> classes() {
    return classes.values();
  }

  /** Every string default of every declared option. */
  public List<String> optionDefaultStrings() {
    List<String> all = new ArrayList<>();
    for (List<Expr> defaults : optionDefaults.values()) {
      for (Expr d : defaults) {
        if (d instanceof Expr.Str s) {
          all.add(s.value());
        }
      }
    }
    return all;
  }

  /** Default values of options declared as {@code cfg.StrOpt('name', default=...)}, by option name. */
  public List<Expr> optionDefaults(String option) {
    return optionDefaults.getOrDefault(option, List.of());
  }

  // ---------------------------------------------------------------------------------------------

  /** Module-level bindings, looking into if/try blocks too (conditional imports are common). */
  private void collectGlobals(Module m, List<Stmt> body, Map<String, Binding> globals, List<String> starImports) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Import imp) {
          for (Stmt.Alias a : imp.names()) {
            if (a.asName().isEmpty()) {
              String top = a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
              globals.putIfAbsent(top, new Binding.ImportedModule(top));
            } else {
              globals.put(a.asName(), new Binding.ImportedModule(a.name()));
            }
          }
      } else if (s instanceof Stmt.ImportFrom from) {
          String base = resolveRelative(m, from.module(), from.level());
          for (Stmt.Alias a : from.names()) {
            if (a.name().equals("*")) {
              starImports.add(base);
            } else {
              globals.put(a.boundName(), new Binding.ImportedName(base, a.name()));
            }
          }
      } else if (s instanceof Stmt.FunctionDef f) {
          FunctionInfo info = new FunctionInfo(m.name() + "." + f.name(), m.name(), m.path(), "", f);
          functions.put(info.qname(), info);
          functionNames.add(f.name());
          globals.put(f.name(), new Binding.Function(info));
      } else if (s instanceof Stmt.ClassDef c) {
        globals.put(c.name(), new Binding.Class(indexClass(m, c, m.name())));
      } else if (s instanceof Stmt.Assign a) {
        for (Expr target : a.targets()) {
          if (target instanceof Expr.Name n && a.op().equals("=")) {
            globals.put(n.id(), new Binding.Assigned(a.value(), m.name()));
          }
        }
      } else if (s instanceof Stmt.If i) {
        collectGlobals(m, i.body(), globals, starImports);
        collectGlobals(m, i.orElse(), globals, starImports);
      } else if (s instanceof Stmt.Try t) {
        collectGlobals(m, t.body(), globals, starImports);
        for (Stmt.Handler h : t.handlers()) {
          Map<String, Binding> fallback = new LinkedHashMap<>();
          collectGlobals(m, h.body(), fallback, starImports);
          fallback.forEach(globals::putIfAbsent);
        }
      }
    }
  }

  private ClassInfo indexClass(Module m, Stmt.ClassDef c, String prefix) {
    String qname = prefix + "." + c.name();
    Map<String, FunctionInfo> methods = new LinkedHashMap<>();
    Map<String, Expr> attributes = new LinkedHashMap<>();
    Map<String, List<SelfAssignment>> selfAssignments = new LinkedHashMap<>();
    for (Stmt s : c.body()) {
      if (s instanceof Stmt.FunctionDef f) {
        FunctionInfo info = new FunctionInfo(qname + "." + f.name(), m.name(), m.path(), qname, f);
        methods.put(f.name(), info);
        functions.put(info.qname(), info);
        functionNames.add(f.name());
        collectSelfAssignments(f.body(), info, selfAssignments);
      } else if (s instanceof Stmt.Assign a) {
        for (Expr target : a.targets()) {
          if (target instanceof Expr.Name n) {
            attributes.put(n.id(), a.value());
          }
        }
      } else if (s instanceof Stmt.ClassDef inner) {
        indexClass(m, inner, qname);
      }
    }
    ClassInfo info = new ClassInfo(qname, m.name(), m.path(), c, methods, attributes, selfAssignments);
    classes.put(qname, info);
    return info;
  }

  private static void collectSelfAssignments(List<Stmt> body, FunctionInfo method,
      Map<String, List<SelfAssignment>> out) {
    for (Stmt s : Statements.flatten(body)) {
      if (s instanceof Stmt.Assign a) {
        for (Expr target : a.targets()) {
          if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name n
              && n.id().equals("self") && a.op().equals("=")) {
            out.computeIfAbsent(at.attr(), k -> new ArrayList<>()).add(new SelfAssignment(a.value(), method));
          }
        }
      }
    }
  }

  private static String resolveRelative(Module m, String module, int level) {
    if (level == 0) {
      return module;
    }
    String pkg = m.isPackage() ? m.name() : Names.parent(m.name());
    for (int i = 1; i < level; i++) {
      pkg = Names.parent(pkg);
    }
    if (module.isEmpty()) {
      return pkg;
    }
    return pkg.isEmpty() ? module : pkg + "." + module;
  }

  /** Finds {@code XxxOpt('name', default=...)} calls anywhere in a module's top-level statements and their blocks. */
  private void findOptions(List<Stmt> body) {
    for (Stmt s : Statements.flatten(body)) {
      Statements.expressions(s).forEach(this::findOptions);
    }
  }

  private void findOptions(Expr e) {
    if (e instanceof Expr.Call c) {
        String fname = c.func() instanceof Expr.Attribute a ? a.attr()
            : c.func() instanceof Expr.Name n ? n.id() : "";
        if (fname.endsWith("Opt") && c.positional(0).orElse(null) instanceof Expr.Str name) {
          c.keyword("default").ifPresent(d ->
              optionDefaults.computeIfAbsent(name.value(), k -> new ArrayList<>()).add(d));
        }
        for (Expr.Argument arg : c.args()) {
          findOptions(arg.value());
        }
    } else if (e instanceof Expr.Collection col) {
      col.elements().forEach(this::findOptions);
    } else if (e instanceof Expr.Operation op) {
      op.operands().forEach(this::findOptions);
    }
  }
}
