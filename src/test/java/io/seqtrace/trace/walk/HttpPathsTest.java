package io.seqtrace.trace.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Scope;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The path an HTTP request step shows: the URL's literal, followed back through names, query dropped. */
class HttpPathsTest {

  private static Expr str(String s) {
    return new Expr.Str(s, 1, 1);
  }

  private static Expr name(String n) {
    return new Expr.Name(n, 1, 1);
  }

  @Test
  void literalWithoutItsQuery() {
    assertEquals("/allocation_candidates",
        HttpPaths.of(Optional.of(str("/allocation_candidates?limit=10")), Scope.moduleScope("m")));
  }

  @Test
  void formattedPartsBecomePlaceholdersFollowedThroughALocalAndAnArgument() {
    Scope caller = Scope.moduleScope("m");
    caller.define("url", new Expr.Operation("%", List.of(str("/allocations/%s"), name("consumer_uuid")), 1, 1));
    Scope wrapper = Scope.moduleScope("m");
    wrapper.defineArgument("url", name("url"), caller);
    assertEquals("/allocations/{consumer_uuid}", HttpPaths.of(Optional.of(name("url")), wrapper));
  }

  @Test
  void namedAndTupleFormats() {
    Scope s = Scope.moduleScope("m");
    assertEquals("/resource_providers/{uuid}/inventories/{rc}", HttpPaths.of(Optional.of(new Expr.Operation("%",
        List.of(str("/resource_providers/%s/inventories/%s"),
            new Expr.Collection("tuple", List.of(name("uuid"), name("rc")), 1, 1)), 1, 1)), s));
    assertEquals("/rp/{rp_uuid}", HttpPaths.of(Optional.of(new Expr.Operation("%",
        List.of(str("/rp/%(rp_uuid)s"), name("d")), 1, 1)), s));
  }

  @Test
  void urlHandedOnAsStarArgsAndResolvedByTheInterpreter() {
    // _call_cyborg(self._client.get, self.URL) then func(*args): the first collected argument.
    Scope caller = Scope.moduleScope("m");
    Scope wrapper = Scope.moduleScope("m");
    Expr url = new Expr.Attribute(name("self"), "URL", 1, 1);
    wrapper.defineArgument("args", new Expr.Collection("tuple", List.of(url), 1, 1), caller);
    Expr.Call call = new Expr.Call(name("func"),
        List.of(new Expr.Argument(Expr.Argument.Kind.STAR, "", name("args"))), 1, 1);
    assertEquals("{URL}", HttpPaths.of(call, wrapper));
    assertEquals("/accelerator_requests", HttpPaths.of(call, wrapper,
        (e, at) -> e == url ? Optional.of("/accelerator_requests?x=1") : Optional.empty()));
  }

  @Test
  void unknownUrlIsAPlaceholder() {
    assertEquals("{url}", HttpPaths.of(Optional.of(name("url")), Scope.moduleScope("m")));
    assertEquals("?", HttpPaths.of(Optional.empty(), Scope.moduleScope("m")));
  }
}
