package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.Binding;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.EntryPoints;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service process runs which package, derived from what the code states: the console
 * scripts in {@code setup.cfg} name the services ({@code nova-compute = nova.cmd.compute:main}),
 * and the manager each service hosts comes from {@code SERVICE_MANAGERS} (modern Nova) or the
 * {@code <topic>_manager} option defaults (older Nova). The manager's package is the service's
 * package, so an RPC client in {@code nova/compute/rpcapi.py} reaches {@code nova_compute}.
 */
public final class ServiceMap {

  /**
   * One service: its binary, participant name, manager (or RPC server) class, package, and the
   * topic its server listens on ({@code ""} when the code does not say).
   */
  public record Service(String binary, String participant, String manager, String pkg, String derivedFrom, String topic) {}

  private final Map<String, Service> byPackage = new LinkedHashMap<>();
  private final String apiParticipant;

  private ServiceMap(List<Service> services, String apiParticipant) {
    for (Service s : services) {
      byPackage.putIfAbsent(s.pkg(), s);
    }
    this.apiParticipant = apiParticipant;
  }

  public List<Service> services() {
    return List.copyOf(byPackage.values());
  }

  public String apiParticipant() {
    return apiParticipant;
  }

  /** The service whose package contains {@code module}, if any. */
  public Optional<Service> serviceOf(String module) {
    Service best = null;
    for (Service s : byPackage.values()) {
      if (Names.inPackage(module, s.pkg()) && (best == null || s.pkg().length() > best.pkg().length())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  static ServiceMap derive(CodeIndex index, Evaluator ev, Profile profile, String setupCfg) {
    return derive(index, ev, profile, EntryPoints.parse(setupCfg));
  }

  static ServiceMap derive(CodeIndex index, Evaluator ev, Profile profile, EntryPoints entryPoints) {
    Map<String, String> scripts = entryPoints.group(EntryPoints.CONSOLE_SCRIPTS);
    Map<String, String> serviceManagers = serviceManagersDict(index, profile);
    List<Service> services = new ArrayList<>();
    ServerReader reader = new ServerReader(ev);
    for (String binary : scripts.keySet()) {
      Optional<ServerReader.Server> server = main(index, entryPoints, binary).flatMap(reader::read);
      String topic = server.map(ServerReader.Server::topic).orElse(null);
      String manager = serviceManagers.get(binary);
      String from = "SERVICE_MANAGERS";
      if (manager == null && server.isPresent() && server.get().manager() != null) {
        manager = server.get().manager();
        from = server.get().where();
      }
      // The topic's source is named unless it is the one the manager was read from.
      String managerFrom = from;
      String topicFrom = server.filter(x -> x.topic() != null).map(x -> ", topic " + x.topic()
          + (x.where().equals(managerFrom) ? "" : " from " + x.where())).orElse("");
      if (manager == null) {
        String option = binary.substring(binary.indexOf('-') + 1).replace('-', '_') + "_manager";
        for (Expr d : index.optionDefaults(option)) {
          if (d instanceof Expr.Str str) {
            manager = str.value();
            from = "option " + option;
            break;
          }
        }
      }
      if (manager == null) {
        // Some releases name the option just "manager" in the service's group; its default still
        // says which class it is: <root>.<service>.manager.<Class>.
        String prefix = profile.sourceRoot() + "." + binary.substring(binary.indexOf('-') + 1) + ".manager.";
        manager = index.optionDefaultStrings().stream().filter(d -> d.startsWith(prefix)).sorted().findFirst().orElse(null);
        from = "option default " + manager;
      }
      if (manager != null && ev.dotted(manager) instanceof Value.ClassRef) {
        String pkg = Names.parent(Names.parent(manager));
        services.add(new Service(binary, participant(binary), manager, pkg,
            "console scripts (setup.cfg, pyproject.toml) + " + from + topicFrom, topic == null ? "" : topic));
      }
    }
    if (services.isEmpty()) {
      // No setup.cfg (a partial tree): fall back to the convention nova/<svc>/manager.py.
      for (ClassInfo c : index.classes()) {
        if (c.module().endsWith(".manager") && c.name().endsWith("Manager")
            && Names.parent(c.module()).startsWith(profile.sourceRoot() + ".")) {
          String pkg = Names.parent(c.module());
          String binary = profile.sourceRoot() + "-" + Names.last(pkg);
          services.add(new Service(binary, participant(binary), c.qname(), pkg, "manager module convention", ""));
        }
      }
      services.sort(Comparator.comparing(Service::pkg));
    }
    return new ServiceMap(services, participant(profile.apiBinary()));
  }

  /** The function a binary's console script names ({@code sahara-engine = sahara.cli.sahara_engine:main}). */
  static Optional<FunctionInfo> main(CodeIndex index, EntryPoints entryPoints, String binary) {
    return entryPoints.target(EntryPoints.CONSOLE_SCRIPTS, binary).flatMap(index::function);
  }

  /**
   * The service whose server listens on {@code topic}: the topic its main gives, else (a
   * {@code Service.create} without one) its binary ({@code cinder-volume}) or the binary's last
   * part ({@code nova-compute} listens on {@code compute}).
   */
  public Optional<Service> serviceForTopic(String topic) {
    for (Service s : byPackage.values()) {
      if (s.topic().equals(topic)) {
        return Optional.of(s);
      }
    }
    for (Service s : byPackage.values()) {
      if (s.topic().isEmpty() && (s.binary().equals(topic) || s.binary().substring(s.binary().indexOf('-') + 1).equals(topic))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  static String participant(String binary) {
    return binary.replace('-', '_');
  }

  /**
   * {@code console_scripts} entries of setup.cfg's {@code [entry_points]}, and {@code
   * [project.scripts]} of pyproject.toml (Nova 33.0.2, Cinder 28 list their binaries only
   * there): binary → module:function. {@code text} is either file, or both one after the other.
   */
  static Map<String, String> consoleScripts(String text) {
    return EntryPoints.parse(text).group(EntryPoints.CONSOLE_SCRIPTS);
  }

  private static Map<String, String> serviceManagersDict(CodeIndex index, Profile profile) {
    Map<String, String> result = new LinkedHashMap<>();
    index.module(profile.sourceRoot() + ".service").ifPresent(m -> {
      Binding b = m.globals().get("SERVICE_MANAGERS");
      if (b instanceof Binding.Assigned a && a.value() instanceof Expr.Collection dict && dict.kind().equals("dict")) {
        List<Expr> els = dict.elements();
        for (int i = 0; i + 1 < els.size(); i += 2) {
          if (els.get(i) instanceof Expr.Str k && els.get(i + 1) instanceof Expr.Str v) {
            result.put(k.value(), v.value());
          }
        }
      }
    });
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // RPC endpoints

  /**
   * The server-side method an RPC named {@code method} sent by a client in {@code clientModule}
   * lands on: a method of that name in the service's package, preferring an endpoint whose
   * {@code target} namespace matches the client's, then the service's manager, then non-proxies.
   */
  public Optional<FunctionInfo> endpoint(Evaluator ev, FunctionInfo client, String method) {
    return serviceOf(client.module()).flatMap(s -> endpoint(ev, s, client, method));
  }

  /** As above, on a service already chosen (by the client's topic). */
  public Optional<FunctionInfo> endpoint(Evaluator ev, Service target, FunctionInfo client, String method) {
    Optional<Service> service = Optional.of(target);
    String namespace = clientNamespace(ev.index(), client);
    List<ClassInfo> candidates = new ArrayList<>();
    for (ClassInfo c : ev.index().classes()) {
      if (Names.inPackage(c.module(), service.get().pkg()) && !c.module().endsWith(".rpcapi")
          && !c.module().endsWith(".api") && c.methods().containsKey(method)) {
        candidates.add(c);
      }
    }
    String manager = service.get().manager();
    candidates.sort(Comparator
        .comparing((ClassInfo c) -> namespace.equals(endpointNamespace(c)) ? 0 : 1)
        .thenComparing(c -> inherits(ev, manager, c) ? 0 : 1)
        .thenComparing(c -> c.name().contains("Proxy") ? 1 : 0)
        .thenComparing(ClassInfo::qname));
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0).methods().get(method));
  }

  private static boolean inherits(Evaluator ev, String manager, ClassInfo c) {
    if (c.qname().equals(manager)) {
      return true;
    }
    return ev.dotted(manager) instanceof Value.ClassRef m && ev.mro(m.cls()).contains(c);
  }

  /** The namespace in the client class's {@code messaging.Target(...)}, or empty. */
  private static String clientNamespace(CodeIndex index, FunctionInfo client) {
    return index.cls(client.owner()).map(c -> {
      for (FunctionInfo m : c.methods().values()) {
        String ns = targetNamespace(m.def().body());
        if (!ns.isEmpty()) {
          return ns;
        }
      }
      return "";
    }).orElse("");
  }

  private static String endpointNamespace(ClassInfo c) {
    Expr target = c.attributes().get("target");
    return target instanceof Expr.Call call ? namespaceOf(call) : "";
  }

  private static String targetNamespace(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Call c) {
        String ns = namespaceOf(c);
        if (!ns.isEmpty()) {
          return ns;
        }
      }
    }
    return "";
  }

  private static String namespaceOf(Expr.Call c) {
    String fname = c.func() instanceof Expr.Attribute a ? a.attr() : c.func() instanceof Expr.Name n ? n.id() : "";
    if (fname.equals("Target") && c.keyword("namespace").orElse(null) instanceof Expr.Str ns) {
      return ns.value();
    }
    return "";
  }
}
