package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one seam between the interpreter and the libraries a project calls (oslo.messaging,
 * oslo.config, importutils, stevedore, functools, TaskFlow, keystoneauth, {@code super()}): what their
 * calls and attributes give, looked up by name, so the interpreter names no library itself.
 */
public final class LibraryModels {

  private final OsloMessaging messaging;
  private final OsloConfig config;
  private final KeystoneAuth http;
  private final TaskFlow taskflow;
  private final SuperCall superCall;
  /**
   * Library functions by their last name: the same function is reached under several module
   * paths ({@code oslo_utils.importutils}, {@code nova.openstack.common.importutils}).
   */
  private final Map<String, LibraryFunction> functions;

  public LibraryModels(Evaluator ev, Profile profile) {
    this.messaging = new OsloMessaging(ev);
    this.config = new OsloConfig(profile);
    this.http = new KeystoneAuth(ev, profile);
    this.taskflow = new TaskFlow(ev);
    this.superCall = new SuperCall(ev);
    LibraryFunction importutils = new Importutils(ev);
    LibraryFunction partial = new Functools(ev);
    LibraryFunction stevedore = new Stevedore(ev);
    Map<String, LibraryFunction> byName = new java.util.HashMap<>(Map.of(
        "import_object", importutils, "import_class", importutils, "import_object_ns", importutils,
        "import_module", importutils, "import_versioned_module", importutils, "try_import", importutils,
        "Flow", taskflow, "load", taskflow, "load_from_factory", taskflow,
        Functools.PARTIAL, partial));
    OsloMessaging.FUNCTIONS.forEach(f -> byName.put(f, messaging));
    Stevedore.FUNCTIONS.forEach(f -> byName.put(f, stevedore));
    this.functions = Map.copyOf(byName);
  }

  /**
   * A call the library decides before its callee is evaluated ({@code client.prepare(...)},
   * {@code can_send_version(...)}, {@code super()}); empty when it is an ordinary call.
   */
  public Optional<Value> callSite(Expr.Call c, Scope s) {
    return messaging.callSite(c, s).or(() -> superCall.callSite(c, s)).or(() -> taskflow.callSite(c, s));
  }

  /** A call of one of the profile's HTTP client factories with a service type. */
  public Optional<Value.HttpClient> httpClient(Value f, Expr.Call c, Scope s) {
    return http.client(f, c, s);
  }

  /** What calling the library function {@code qname} gives; unknown for a function no model knows. */
  public Value call(String qname, Expr.Call c, Scope s) {
    LibraryFunction model = functions.get(Names.last(qname));
    return model == null ? Value.UNKNOWN : model.call(qname, c, s);
  }

  /** An attribute of a library value (an RPC client's cast, a flow's run, an option under CONF); empty when it is none. */
  public Optional<Value> member(Value base, String attr) {
    if (base instanceof Value.External x) {
      return Optional.of(config.external(x, attr));
    } else if (base instanceof Value.Conf c) {
      return Optional.of(config.option(c, attr));
    } else if (base instanceof Value.Super sup) {
      return Optional.of(superCall.member(sup, attr));
    } else if (base instanceof Value.Flow flow) {
      return Optional.of(taskflow.member(flow, attr));
    } else if (base instanceof Value.HttpClient client) {
      return Optional.of(http.member(client, attr));
    } else if (base instanceof Value.RpcClient client) {
      return Optional.of(messaging.member(client, attr));
    } else if (base instanceof Value.DriverManager manager) {
      return Optional.of(Stevedore.member(manager, attr));
    }
    return Optional.empty();
  }

  /** True for an instance of one of the profile's configuration classes: every attribute is an option. */
  public boolean isConfigurationObject(List<ClassInfo> mro) {
    return config.isConfigurationObject(mro);
  }

  /** Reads a statement that changes a library value in place ({@code flow.add(...)}); true when it did. */
  public boolean statement(Stmt stmt, Scope s) {
    return taskflow.statement(stmt, s);
  }

  /** True for a function that only makes a callable ({@code functools.partial}): its target runs later. */
  public boolean makesCallable(String qname) {
    return Names.last(qname).equals(Functools.PARTIAL);
  }
}
