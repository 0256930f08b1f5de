package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.seqtrace.model.Expr;
import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Argument binding: positional, keyword and default values, {@code *args}, {@code **kwargs}, {@code self}, partials. */
class BinderTest {

  private static final String SOURCE = """
      from app import helpers


      def f(a, b=2, *args, c=None, **kwargs):
          pass


      class K:
          def m(self, x, y='d'):
              pass

          @staticmethod
          def s(x):
              pass


      def lazy():
          from app.helpers import Thing
          import app.helpers as h
          return Thing


      CALL = f(1, 'two', 3, 4, c='see', e=6, d=5)
      SHORT = f(b=9, a=8)
      METHOD = k.m(10)
      STATIC = K.s(11)
      """;

  private final CodeIndex index = InlinePython.index(Map.of(
      "app/__init__.py", "",
      "app/helpers.py", "class Thing:\n    pass\n",
      "app/f.py", SOURCE));
  private final Evaluator ev = new Evaluator(index, Profile.nova());

  private Expr.Call call(String global) {
    var binding = index.module("app.f").orElseThrow().globals().get(global);
    return (Expr.Call) ((CodeIndex.Binding.Assigned) binding).value();
  }

  private Value.Function function(String qname, Value self) {
    return new Value.Function(index.function(qname).orElseThrow(), self, null);
  }

  private Scope bind(String qname, Value self, String global) {
    return ev.bind(function(qname, self), call(global), Scope.moduleScope("app.f"));
  }

  @Test
  void positionalKeywordAndDefaultValues() {
    Scope s = bind("app.f.f", Value.UNKNOWN, "CALL");
    assertEquals(Optional.of(Value.Const.of(1L)), s.lookup("a"));
    assertEquals(Optional.of(Value.Const.of("two")), s.lookup("b"));
    assertEquals(Optional.of(Value.Const.of("see")), s.lookup("c"));

    Scope shortCall = bind("app.f.f", Value.UNKNOWN, "SHORT");
    assertEquals(Optional.of(Value.Const.of(8L)), shortCall.lookup("a"));
    assertEquals(Optional.of(Value.Const.of(9L)), shortCall.lookup("b"));
    // c's default, None, evaluated in the function's module.
    assertEquals(Optional.of(Value.Const.of(null)), shortCall.lookup("c"));
  }

  @Test
  void starArgsHoldTheRestAsATupleAndStarStarKwargsTheUnmatchedKeywordsInNameOrder() {
    Scope s = bind("app.f.f", Value.UNKNOWN, "CALL");
    Expr.Collection args = assertInstanceOf(Expr.Collection.class, s.origin("args").orElseThrow().expr());
    assertEquals("tuple", args.kind());
    assertEquals(List.of("3", "4"), args.elements().stream().map(e -> ((Expr.Num) e).text()).toList());
    Expr.Collection kwargs = assertInstanceOf(Expr.Collection.class, s.origin("kwargs").orElseThrow().expr());
    assertEquals("dict", kwargs.kind());
    assertEquals(List.of("'d'", "5", "'e'", "6"), kwargs.elements().stream().map(ExprText::of).toList());
    // Their values are read in the caller's scope.
    assertEquals("app.f", s.origin("kwargs").orElseThrow().scope().module);
  }

  @Test
  void aMethodBindsItsReceiverToSelfAndAStaticMethodDoesNot() {
    Value k = new Value.Instance(index.cls("app.f.K").orElseThrow(), "");
    Scope m = bind("app.f.K.m", k, "METHOD");
    assertEquals(Optional.of(k), m.lookup("self"));
    assertEquals(Optional.of(Value.Const.of(10L)), m.lookup("x"));
    assertEquals(Optional.of(Value.Const.of("d")), m.lookup("y"));

    Scope s = bind("app.f.K.s", Value.UNKNOWN, "STATIC");
    assertEquals(Optional.of(Value.Const.of(11L)), s.lookup("x"));
    assertEquals(Optional.empty(), s.lookup("self"));
  }

  @Test
  void preBoundValuesFillTheFirstPositionalParameters() {
    Scope s = ev.bind(function("app.f.f", Value.UNKNOWN), call("SHORT"), Scope.moduleScope("app.f"),
        List.of(Value.Const.of("given")));
    assertEquals(Optional.of(Value.Const.of("given")), s.lookup("a"));
    assertEquals(Optional.of(Value.Const.of(9L)), s.lookup("b"));
  }

  @Test
  void bindDefaultsGivesEveryParameterItsDefault() {
    Value k = new Value.Instance(index.cls("app.f.K").orElseThrow(), "");
    Scope s = ev.bindDefaults(index.function("app.f.K.m").orElseThrow(), k);
    assertEquals(Optional.of(k), s.lookup("self"));
    assertEquals(Optional.of(Value.UNKNOWN), s.lookup("x"));
    assertEquals(Optional.of(Value.Const.of("d")), s.lookup("y"));
  }

  @Test
  void importsInsideAFunctionBindLocals() {
    Scope s = ev.bind(function("app.f.lazy", Value.UNKNOWN), null, Scope.moduleScope("app.f"));
    assertEquals("app.helpers.Thing", assertInstanceOf(Value.ClassRef.class, s.lookup("Thing").orElseThrow()).cls().qname());
    assertEquals(Optional.of(new Value.ModuleRef("app.helpers")), s.lookup("h"));
  }
}
