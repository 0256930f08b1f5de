package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every operation the REST API offers, discovered from the controllers: methods decorated with
 * {@code @wsgi.action('name')}, and the CRUD methods of {@code *Controller} classes, named
 * {@code resource.method} after the controller ({@code VolumeAttachmentController.create} is
 * {@code volume_attachment.create}).
 */
public final class OperationCatalog {

  private final Map<String, Operation> byName = new TreeMap<>();
  private final Map<String, String> aliases;

  OperationCatalog(CodeIndex index, Profile profile) {
    this.aliases = profile.aliases();
    List<ClassInfo> controllers = new ArrayList<>();
    for (ClassInfo c : index.classes()) {
      if (isApiModule(c.module(), profile)) {
        controllers.add(c);
      }
    }
    controllers.sort(Comparator.comparing(ClassInfo::qname));
    for (ClassInfo c : controllers) {
      for (FunctionInfo m : c.methods().values()) {
        Optional<String> action = actionName(m);
        if (action.isPresent()) {
          // Two controllers may offer the same action name (flavor_manage's "create"): the
          // second is qualified by its resource so both stay reachable.
          String name = byName.containsKey(action.get())
              ? resourceName(c.name().endsWith("Controller") ? c.name() : c.name() + "Controller") + "." + action.get()
              : action.get();
          add(name, m, "action");
        } else if (c.name().endsWith("Controller") && profile.crudMethods().contains(m.def().name())) {
          // A controller named just "Controller" takes its module's name (versions.py → versions).
          String resource = c.name().equals("Controller") ? Names.last(c.module()) : resourceName(c.name());
          add(resource + "." + m.def().name(), m, "crud");
        }
      }
    }
    for (FunctionInfo f : index.moduleFunctions()) {
      if (isApiModule(f.module(), profile) && isRoute(f)) {
        add(f.def().name(), f, "route");
      }
    }
  }

  /** HTTP verbs of route decorators ({@code @rest.post('/clusters')}, Flask-style APIs such as Sahara's). */
  private static final java.util.Set<String> ROUTE_VERBS = java.util.Set.of("get", "post", "put", "delete", "patch");

  /** A module-level function routed by a decorator is an operation named as the function ({@code clusters_create}). */
  private static boolean isRoute(FunctionInfo f) {
    for (Expr d : f.def().decorators()) {
      if (d instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && ROUTE_VERBS.contains(a.attr())
          && c.positional(0).orElse(null) instanceof Expr.Str path && path.value().startsWith("/")) {
        return true;
      }
    }
    return false;
  }

  private void add(String name, FunctionInfo entry, String kind) {
    List<String> names = new ArrayList<>();
    aliases.forEach((alias, target) -> {
      if (target.equals(name)) {
        names.add(alias);
      }
    });
    names.sort(null);
    byName.putIfAbsent(name, new Operation(name, names, entry, kind));
  }

  private static boolean isApiModule(String module, Profile profile) {
    return profile.apiPackages().stream().anyMatch(p -> Names.inPackage(module, p))
        && profile.apiExcludedPackages().stream().noneMatch(p -> Names.inPackage(module, p));
  }

  private static Optional<String> actionName(FunctionInfo m) {
    for (Expr d : m.def().decorators()) {
      if (d instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("action")
          && c.positional(0).orElse(null) instanceof Expr.Str s) {
        return Optional.of(s.value());
      }
    }
    return Optional.empty();
  }

  /** {@code VolumeAttachmentController} → {@code volume_attachment}. */
  static String resourceName(String controller) {
    String base = controller.substring(0, controller.length() - "Controller".length());
    return base.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** The operation with exactly this API name (no aliases). */
  public Optional<Operation> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<Operation> operations() {
    return List.copyOf(byName.values());
  }

  /**
   * Finds an operation by a profile alias or its API name; aliases come first because they are
   * the names of the diagrams people keep ({@code create} is the server's create, not a
   * flavor's).
   */
  public Optional<Operation> find(String name) {
    String target = aliases.get(name);
    if (target != null) {
      Operation op = byName.get(target);
      if (op != null) {
        return Optional.of(op);
      }
      // An alias to a CRUD listing may name index where a version only has detail, or back.
      if (target.endsWith(".detail") && byName.containsKey(target.replace(".detail", ".index"))) {
        return Optional.of(byName.get(target.replace(".detail", ".index")));
      }
    }
    return Optional.ofNullable(byName.get(name));
  }
}
