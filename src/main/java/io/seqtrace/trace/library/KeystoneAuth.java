package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.Names;
import java.util.Locale;
import java.util.Optional;

/**
 * keystoneauth HTTP clients of other services' REST APIs: made by the profile's factories with a
 * service type, answering {@code get}, {@code put}, {@code post} and the other verbs.
 */
final class KeystoneAuth {

  private final Evaluator ev;
  private final Profile profile;

  KeystoneAuth(Evaluator ev, Profile profile) {
    this.ev = ev;
    this.profile = profile;
  }

  /**
   * A call of one of the profile's HTTP client factories with a service type ({@code
   * get_ksa_adapter('placement')}, {@code Adapter(service_type='placement')}).
   */
  Optional<Value.HttpClient> client(Value f, Expr.Call c, Scope s) {
    String name = f instanceof Value.Function fn ? fn.fn().def().name()
        : f instanceof Value.External x ? Names.last(x.qname())
        : f instanceof Value.ClassRef k ? k.cls().name() : "";
    if (c == null || !profile.httpClients().factories().contains(name)) {
      return Optional.empty();
    }
    Optional<Expr> type = c.keyword("service_type").or(() -> c.positional(0));
    return type.map(t -> ev.concrete(ev.eval(t, s)))
        .filter(v -> v instanceof Value.Const k && k.value() instanceof String)
        .map(v -> (String) ((Value.Const) v).value())
        .map(t -> new Value.HttpClient(profile.httpClients().participants().getOrDefault(t, t)));
  }

  Value member(Value.HttpClient client, String attr) {
    return switch (attr) {
      case "get", "put", "post", "delete", "patch", "head" -> new Value.HttpMethod(client, attr.toUpperCase(Locale.ROOT));
      default -> Value.UNKNOWN;
    };
  }
}
