package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Names;
import io.seqtrace.trace.symbols.Statements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every operation the REST API offers, discovered from the controllers: methods decorated with
 * {@code @wsgi.action('name')}, and the CRUD methods of {@code *Controller} classes, named
 * {@code resource.method} after the controller ({@code VolumeAttachmentController.create} is
 * {@code volume_attachment.create}), and module functions routed by a decorator. Where API
 * versions repeat an operation ({@code cinder.api.v2}, {@code v3}) it is listed once, from the
 * newest; methods that only {@code @wsgi.extends} another controller's are not operations.
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
    // Newest version package first, so that its operation is the one listed when an older
    // version (cinder.api.v2 beside v3) offers the same.
    controllers.sort(Comparator.comparing(ClassInfo::qname, ApiVersions.NEWEST_FIRST));
    Set<String> listed = new HashSet<>();
    for (ClassInfo c : controllers) {
      for (FunctionInfo m : c.methods().values()) {
        Optional<String> action = actionName(m);
        boolean crud = c.name().endsWith("Controller") && profile.crudMethods().contains(m.def().name());
        // wsgi's ControllerMetaclass registers a method that is both an action and an extender as
        // an action only; a mere extender adds to another controller's response.
        if (action.isEmpty() && (!crud || isExtender(m))) {
          continue;
        }
        // The same controller's action or CRUD method in an older version package is the same
        // operation again (Manila's v1 and v2 ShareController both take os-extend).
        String offered = action.map(a -> " @" + a).orElse(" " + m.def().name());
        if (!listed.add(ApiVersions.unversioned(c.qname()) + offered)) {
          continue;
        }
        if (action.isPresent()) {
          // Two controllers may offer the same action name (flavor_manage's "create"): the
          // second is qualified by its resource so both stay reachable.
          String name = byName.containsKey(action.get())
              ? resourceName(c.name().endsWith("Controller") ? c.name() : c.name() + "Controller") + "." + action.get()
              : action.get();
          add(name, m, "action");
        } else {
          // A controller named just "Controller" takes its module's name (versions.py → versions).
          String resource = c.name().equals("Controller") ? Names.last(c.module()) : resourceName(c.name());
          add(resource + "." + m.def().name(), m, "crud");
        }
      }
    }
    List<FunctionInfo> routes = new ArrayList<>();
    for (FunctionInfo f : index.moduleFunctions()) {
      if (isApiModule(f.module(), profile) && isRoute(f)) {
        routes.add(f);
      }
    }
    routes.sort(Comparator.comparing(FunctionInfo::qname, ApiVersions.NEWEST_FIRST));
    for (FunctionInfo f : routes) {
      add(f.def().name(), f, "route");
    }
  }

  /** HTTP verbs of route decorators ({@code @rest.post('/clusters')}, Flask-style APIs such as Sahara's). */
  private static final Set<String> ROUTE_VERBS = Set.of("get", "post", "put", "delete", "patch");

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

  /**
   * A method that {@code @wsgi.extends} (bare or with {@code action=...}) another controller's:
   * wsgi calls it with the response ({@code resp_obj}) after the handler, or runs it as a
   * generator around it. Without either it cannot be an extension, and it is the handler of its
   * own controller (Cinder 28.0.0's {@code VolumeMetadataController.index} kept the decorator).
   */
  private static boolean isExtender(FunctionInfo m) {
    boolean extends_ = false;
    for (Expr d : m.def().decorators()) {
      Expr target = d instanceof Expr.Call c ? c.func() : d;
      extends_ |= target instanceof Expr.Attribute a && a.attr().equals("extends");
    }
    return extends_ && (m.def().params().stream().anyMatch(p -> p.name().equals("resp_obj"))
        || yields(m.def().body()));
  }

  /** Whether a statement of {@code body} (not of a nested function) yields: {@code resp_obj = yield}. */
  private static boolean yields(List<Stmt> body) {
    return Statements.flatten(body).stream().anyMatch(s ->
        s instanceof Stmt.ExprStmt e && isYield(e.value()) || s instanceof Stmt.Assign a && isYield(a.value()));
  }


  private static boolean isYield(Expr e) {
    return e instanceof Expr.Operation o && o.op().startsWith("yield");
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

  /**
   * Orders dotted names as strings do, except that version segments ({@code v1}, {@code v2_1},
   * {@code v3}, {@code v11}) sort together, newest first, at the place of {@code v}:
   * {@code cinder.api.contrib} still comes before {@code cinder.api.v3}, and {@code v3} before
   * {@code v2}.
   */
  static final class ApiVersions {

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d{1,9}(?:_\\d{1,9})*");

    static final Comparator<String> NEWEST_FIRST = ApiVersions::compare;

    private ApiVersions() {
    }

    /** {@code cinder.api.v2.volumes.VolumeController} → {@code cinder.api.v*.volumes.VolumeController}. */
    static String unversioned(String qname) {
      List<String> out = new ArrayList<>();
      for (String segment : qname.split("\\.", -1)) {
        out.add(VERSION.matcher(segment).matches() ? "v*" : segment);
      }
      return String.join(".", out);
    }

    // Segment by segment, which for identifiers is the order of the whole strings ('.' sorts
    // below every identifier character).
    private static int compare(String a, String b) {
      String[] x = a.split("\\.", -1);
      String[] y = b.split("\\.", -1);
      for (int i = 0; i < Math.min(x.length, y.length); i++) {
        int c = compareSegments(x[i], y[i]);
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(x.length, y.length);
    }

    private static int compareSegments(String s, String t) {
      boolean vs = VERSION.matcher(s).matches();
      boolean vt = VERSION.matcher(t).matches();
      // Keyed (s with any version as "v", then the version numbers newest first): a total order,
      // where comparing versions numerically only when both are would not be transitive.
      int c = (vs ? "v" : s).compareTo(vt ? "v" : t);
      if (c != 0) {
        return c;
      }
      if (vs != vt) {
        return Boolean.compare(vs, vt);
      }
      int newer = vs ? Arrays.compare(numbers(t), numbers(s)) : 0;
      return newer != 0 ? newer : s.compareTo(t);  // v10 and v1_0 are both 1.0
    }

    /**
     * {@code v2_1} → 2.1; {@code v11} → 1.1 too, as Sahara ({@code v10}, {@code v11}, then
     * {@code v2}) and Nova ({@code v21}) write them: no OpenStack API has reached version 10.
     */
    private static int[] numbers(String version) {
      String[] parts = version.substring(1).split("_");
      if (parts.length == 1 && parts[0].length() > 1) {
        return parts[0].chars().map(ch -> ch - '0').toArray();
      }
      return Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
    }
  }
}
