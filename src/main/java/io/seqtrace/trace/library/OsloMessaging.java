package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.DictLiteral;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import java.util.Optional;

/**
 * oslo.messaging RPC clients: {@code Target(topic=...)}, the clients built on it ({@code
 * RPCClient(transport, target)}, {@code get_rpc_client}), {@code client.prepare(server=...,
 * fanout=...)} giving the client a cast or call goes through, and {@code can_send_version} taken as true.
 */
final class OsloMessaging implements LibraryFunction {

  /** Library functions this model answers, by their last name. */
  static final java.util.Set<String> FUNCTIONS = java.util.Set.of("Target", "RPCClient", "get_rpc_client");

  private static final String CAN_SEND_VERSION = "can_send_version";

  private final Evaluator ev;

  OsloMessaging(Evaluator ev) {
    this.ev = ev;
  }

  Optional<Value> callSite(Expr.Call c, Scope s) {
    if (c.func() instanceof Expr.Attribute a && a.attr().equals("prepare")) {
      Value receiver = ev.eval(a.value(), s);
      if (!(receiver instanceof Value.Function) && !(receiver instanceof Value.Instance)) {
        String topic = c.keyword("topic").map(e -> ev.definiteString(ev.eval(e, s)))
            .orElse(receiver instanceof Value.RpcClient r ? r.topic() : null);
        return Optional.of(prepared(c, s, topic));
      }
    }
    if (c.func() instanceof Expr.Attribute a && a.attr().equals(CAN_SEND_VERSION)) {
      // oslo.messaging: with no version pins every service speaks the newest RPC version, so the
      // code's fallbacks for older peers are not the path a current deployment takes.
      return Optional.of(new Value.Const(Boolean.TRUE, "RPC clients can send the newest version (no version pins)"));
    }
    return Optional.empty();
  }

  /**
   * {@code client.prepare(server=..., fanout=True)}: the client an RPC will go through. The
   * arguments may also come as {@code **params}, a dict built before ({@code params = {'server':
   * server, ...}}, Nova 33's {@code prepare_for_alt_rpcserver}).
   */
  private Value.RpcClient prepared(Expr.Call c, Scope s, String topic) {
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
    boolean isFanout = fanout.map(o -> ev.truth(ev.eval(o.expr(), o.scope())).orElse(false)).orElse(false);
    return new Value.RpcClient(server.map(Scope.Origin::expr).orElse(null),
        server.map(Scope.Origin::scope).orElse(s), isFanout, c, topic);
  }

  /**
   * {@code Target(topic=...)} is a target; {@code RPCClient(transport, target)} and {@code
   * get_rpc_client(transport, target)} a client sending to its topic, not yet prepared.
   */
  @Override
  public Value call(String qname, Expr.Call c, Scope s) {
    if (io.seqtrace.trace.symbols.Names.last(qname).equals("Target")) {
      return new Value.Target(c.keyword("topic").map(e -> ev.definiteString(ev.eval(e, s))).orElse(null));
    }
    for (Expr.Argument a : c.args()) {
      if (a.kind() == Expr.Argument.Kind.POSITIONAL || a.name().equals("target")) {
        if (ev.eval(a.value(), s) instanceof Value.Target t) {
          return new Value.RpcClient(null, s, false, c, t.topic());
        }
      }
    }
    return new Value.RpcClient(null, s, false, c, null);
  }


  /** The value expression of {@code 'key': value} in a dict literal. */
  private static Optional<Scope.Origin> dictEntry(Scope.Origin dict, String key) {
    return Optional.ofNullable(DictLiteral.entries(dict.expr()).get(key)).map(e -> new Scope.Origin(e, dict.scope()));
  }

  Value member(Value.RpcClient client, String attr) {
    return attr.equals("cast") || attr.equals("call") ? new Value.RpcMethod(client, attr) : Value.UNKNOWN;
  }
}
