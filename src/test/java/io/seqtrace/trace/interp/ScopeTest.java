package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.seqtrace.model.Expr;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The locals of one activation: lookups through enclosing functions, forks for branches, origins of names. */
class ScopeTest {

  private static Expr.Name name(String id) {
    return new Expr.Name(id, 1, 1);
  }

  private static Scope function(Scope enclosing) {
    return new Scope("app.m", null, Value.UNKNOWN, enclosing);
  }

  @Test
  void lookupWalksOutThroughEnclosingFunctionsOnly() {
    Scope outer = function(null);
    outer.set("x", Value.Const.of("outer"));
    Scope inner = function(outer);
    inner.set("y", Value.Const.of("inner"));
    assertEquals(Optional.of(Value.Const.of("outer")), inner.lookup("x"));
    assertEquals(Optional.of(Value.Const.of("inner")), inner.lookup("y"));
    assertEquals(Optional.empty(), outer.lookup("y"));
    // A local shadows the enclosing name of the same name.
    inner.set("x", Value.Const.of(7L));
    assertEquals(Optional.of(Value.Const.of(7L)), inner.lookup("x"));
  }

  @Test
  void aForkKeepsWhatOneBranchAssignsFromTheOther() {
    Scope scope = function(null);
    scope.set("mode", Value.Const.of("rw"));
    Scope branch = scope.fork();
    branch.set("mode", Value.Const.of("ro"));
    branch.set("extra", Value.Const.of(Boolean.TRUE));
    assertEquals(Optional.of(Value.Const.of("rw")), scope.lookup("mode"));
    assertEquals(Optional.empty(), scope.lookup("extra"));
    assertEquals(Optional.of(Value.Const.of("ro")), branch.lookup("mode"));
  }

  @Test
  void traceFollowsAssignmentsAndArgumentsBackToTheCaller() {
    // caller:  host = instance.host; helper(server=host)   helper: params = {'server': server}
    Scope caller = function(null);
    Expr instanceHost = new Expr.Attribute(name("instance"), "host", 1, 1);
    caller.define("host", instanceHost);
    Scope helper = function(null);
    helper.defineArgument("server", name("host"), caller);
    Expr.Collection params = new Expr.Collection("dict", java.util.List.of(new Expr.Str("server", 2, 1), name("server")), 2, 1);
    helper.define("params", params);

    Scope.Origin server = helper.trace(name("server"), 4);
    assertSame(instanceHost, server.expr());
    assertSame(caller, server.scope());
    Scope.Origin dict = helper.trace(name("params"), 4);
    assertSame(params, dict.expr());
    assertSame(helper, dict.scope());
  }

  @Test
  void traceStopsAfterMaxHopsAndAtNamesWithNoOrigin() {
    Scope scope = function(null);
    scope.define("a", name("b"));
    scope.define("b", name("c"));
    scope.define("c", new Expr.Str("end", 1, 1));
    assertEquals(name("b"), scope.trace(name("a"), 1).expr());
    assertEquals(new Expr.Str("end", 1, 1), scope.trace(name("a"), 3).expr());
    assertEquals(name("unknown"), scope.trace(name("unknown"), 4).expr());
    // A name assigned to itself (x = x) is not a loop.
    Expr.Name self = name("x");
    scope.define("x", self);
    assertSame(self, scope.trace(self, 4).expr());
  }

  @Test
  void aForkKeepsOrigins() {
    Scope scope = function(null);
    scope.define("method", new Expr.Str("retype_v2", 1, 1));
    assertEquals(new Expr.Str("retype_v2", 1, 1), scope.fork().trace(name("method"), 2).expr());
  }
}
