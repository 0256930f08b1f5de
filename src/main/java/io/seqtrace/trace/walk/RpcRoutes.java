package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.ServiceMap;
import io.seqtrace.trace.interp.DictLiteral;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.ExprText;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.Optional;

/**
 * RPC routing: where a cast or call lands (the service listening on the client's topic, else the
 * one hosting the client's package; the
 * endpoint method, the host role from {@code server=}), with the server side walked when it runs.
 */
final class RpcRoutes {

  private static final String SRC = "@src";
  private static final String DEST = "@dest";

  private final Tracer t;
  private final Evaluator ev;
  private final Profile profile;
  private final ServiceMap services;
  private final StepRecorder out;

  RpcRoutes(Tracer t) {
    this.t = t;
    this.ev = t.ev;
    this.profile = t.profile;
    this.services = t.services;
    this.out = t.out;
  }

  void route(Value.RpcMethod rpc, Expr.Call c, Scope scope, Ctx ctx) {
    FunctionInfo client = scope.function;
    Optional<Value.Const> name = c.positional(1).map(e -> ev.concrete(ev.eval(e, scope)))
        .filter(v -> v instanceof Value.Const k && k.value() instanceof String).map(v -> (Value.Const) v);
    // A method chosen by can_send_version rests on the assumption that no version is pinned.
    name.filter(k -> !k.guess().isEmpty()).ifPresent(k -> t.guesses.add(k.guess()));
    Optional<String> methodName = name.map(k -> (String) k.value());
    if (methodName.isEmpty() || client == null) {
      return;
    }
    String method = methodName.get();
    StepKind kind = rpc.client().fanout() ? StepKind.FANOUT
        : rpc.kind().equals("call") ? StepKind.CALL : StepKind.CAST;
    // The servers listening on the client's topic receive it; the package the client lives in
    // says so only by convention (nova/compute/rpcapi.py → nova-compute).
    String topic = rpc.client().topic();
    Optional<ServiceMap.Service> service = Optional.ofNullable(topic).flatMap(services::serviceForTopic)
        .or(() -> services.serviceOf(client.module()));
    if (service.isEmpty()) {
      t.unresolved.add("RPC " + method + " from " + client.module() + (topic == null ? "" : " to topic " + topic)
          + ": no service listens there");
      return;
    }
    String target = service.get().participant() + serverRole(rpc.client());
    out.message(ctx.participant(), target, kind, method, method, Labels.anchor(client, c.line()));
    if (t.failures.inside()) {
      // On a failure path the message is the point; what the other side then does is not drawn.
      return;
    }
    Optional<FunctionInfo> endpoint = services.endpoint(ev, service.get(), client, method);
    if (endpoint.isEmpty()) {
      t.unresolved.add("RPC " + method + ": no endpoint in " + service.get().pkg());
      return;
    }
    FunctionInfo server = endpoint.get();
    Scope serverScope = endpointScope(server, c, scope);
    Ctx serverCtx = new Ctx(target, "", 0);
    String caller = ctx.participant();
    if (kind == StepKind.CALL) {
      out.activate(target, true);
      // The reply goes back as soon as the handler returns; what it cast runs after that.
      t.runEntry(server, serverScope, serverCtx, () -> {
        out.message(target, caller, StepKind.REPLY, "return " + method, method, Labels.anchor(server, server.def().endLine()));
        out.activate(target, false);
      }, true);
    } else {
      t.asyncQueues.peek().add(() -> {
        out.activate(target, true);
        t.runEntry(server, serverScope, serverCtx, () -> out.activate(target, false));
      });
    }
  }

  /** The server side's parameters take the values the client sent as keyword arguments. */
  private Scope endpointScope(FunctionInfo server, Expr.Call cast, Scope clientScope) {
    Value self = ev.index().cls(server.owner()).<Value>map(k -> new Value.Instance(k, "")).orElse(Value.UNKNOWN);
    Scope scope = ev.bindDefaults(server, self);
    for (Expr.Argument a : cast.args()) {
      if (a.kind() == Expr.Argument.Kind.KEYWORD) {
        scope.set(a.name(), ev.eval(a.value(), clientScope));
      } else if (a.kind() == Expr.Argument.Kind.DOUBLE_STAR) {
        // cctxt.call(ctxt, 'migrate_server', **kw) with kw = {'live': live, ...} built just before,
        // or **kwargs a wrapper collected from its caller's keywords.
        Scope.Origin dict = clientScope.trace(a.value(), 4);
        DictLiteral.entries(dict.expr()).forEach((key, value) -> scope.set(key, ev.eval(value, dict.scope())));
      }
    }
    return scope;
  }

  /**
   * Which compute host an RPC goes to: the instance's own host ({@code _compute_host(None,
   * instance)}, {@code instance.host}) is the source; any other host argument is the destination.
   */
  private String serverRole(Value.RpcClient client) {
    if (client.server() == null) {
      return "";
    }
    // Follow server= back through helpers and callers: the first value with a known role wins.
    Scope.Origin at = new Scope.Origin(client.server(), client.serverScope());
    for (int hop = 0; hop < 8; hop++) {
      Value hostValue = ev.eval(at.expr(), at.scope());
      if (hostValue instanceof Value.Host h) {
        return "@" + h.role();
      }
      Scope.Origin next = at.scope().trace(at.expr(), 1);
      if (next.equals(at)) {
        break;
      }
      at = next;
    }
    Expr resolved = at.expr();
    Profile.HostRoles roles = profile.hostRoles();
    if (resolved instanceof Expr.Call call && ExprText.of(call.func()).endsWith(roles.instanceHostFunction())) {
      Scope callScope = at.scope();
      Optional<Expr> host = call.positional(0);
      boolean noHost = host.map(h -> ev.truth(ev.eval(h, callScope)).map(b -> !b).orElse(false))
          .orElse(true);
      return noHost ? SRC : DEST;
    }
    return ExprText.of(resolved).contains(roles.instanceName()) ? SRC : DEST;
  }

  static String role(String participant) {
    int at = participant.indexOf('@');
    return at < 0 ? "" : participant.substring(at);
  }
}
