package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.interp.DictLiteral;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.ExprText;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Labels of the steps: state values, notification events, decorator arguments and source anchors. */
final class Labels {

  private Labels() {}

  /** A decorator argument as a note shows it: a list's elements shortened one by one. */
  static String shortList(Expr e) {
    if (e instanceof Expr.Collection c) {
      List<String> parts = new ArrayList<>();
      for (Expr el : c.elements()) {
        parts.add(ExprText.shortValue(el));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return ExprText.shortValue(e);
  }

  /**
   * The value a state field is set to, as a diagram shows it: a named constant ({@code
   * task_states.PAUSING}), None, a boolean or a string, also when a variable holds one; empty for
   * what says nothing ({@code host = host}, a computed value). Fields the profile calls quiet
   * ({@code cleaned}, {@code progress}) are not shown at all.
   */
  static Optional<String> stateValue(Expr value, Scope scope) {
    if (value instanceof Expr.Attribute a && Character.isUpperCase(a.attr().charAt(0))
        && a.attr().equals(a.attr().toUpperCase(java.util.Locale.ROOT))) {
      return Optional.of(ExprText.shortValue(value));
    }
    if (value instanceof Expr.Str str) {
      return Optional.of("'" + str.value() + "'");
    }
    if (value instanceof Expr.Name n && (n.id().equals("None") || n.id().equals("True") || n.id().equals("False"))) {
      return Optional.of(n.id());
    }
    if (value instanceof Expr.Name) {
      Scope.Origin origin = scope.trace(value, 4);
      if (origin.expr() != value) {
        return stateValue(origin.expr(), origin.scope());
      }
    }
    return Optional.empty();
  }

  /**
   * The state a database write sets from a dict of constants, however far the dict was handed
   * down ({@code update_dict = {"status": status}} in {@code change_cluster_status}, copied by the
   * conductor, written by {@code db.cluster_update(context, cluster, values)}): {@code status =
   * CLUSTER_STATUS_VALIDATING}. Empty when no argument is such a dict.
   */
  static Optional<String> writtenFields(Expr.Call c, Scope scope, java.util.List<String> quiet) {
    for (Expr.Argument arg : c.args()) {
      Scope.Origin at = scope.trace(arg.value(), 8);
      // values = copy.deepcopy(values), dict(values): the same fields.
      for (int hop = 0; hop < 4 && at.expr() instanceof Expr.Call copy && copy.args().size() == 1
          && COPIES.contains(ExprText.of(copy.func())); hop++) {
        at = at.scope().trace(copy.args().get(0).value(), 8);
      }
      java.util.List<String> fields = new java.util.ArrayList<>();
      Scope where = at.scope();
      DictLiteral.entries(at.expr()).forEach((key, value) -> {
        if (!quiet.contains(key)) {
          stateValue(value, where).ifPresent(v -> fields.add(key + " = " + v));
        }
      });
      if (!fields.isEmpty()) {
        return Optional.of(String.join("\\n", fields));
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> COPIES = java.util.Set.of("copy.deepcopy", "copy.copy", "dict");

  /** {@code 'pause.start'}, or {@code action=...PAUSE, phase=...START} as {@code pause.start}. */
  static String eventType(Expr.Call c, Scope scope, Evaluator ev) {
    Optional<Expr> action = c.keyword("action");
    Optional<Expr> phase = c.keyword("phase");
    if (action.isPresent()) {
      String a = ExprText.shortValue(action.get()).toLowerCase(java.util.Locale.ROOT).replace("'", "");
      return phase.map(p -> a + "." + ExprText.shortValue(p).toLowerCase(java.util.Locale.ROOT)).orElse(a);
    }
    // The event is the first string argument, possibly built: "%s.start" % delete_type.
    for (Expr.Argument arg : c.args()) {
      if (arg.value() instanceof Expr.Str s) {
        return s.value();
      }
      if (arg.value() instanceof Expr.Operation op && op.op().equals("%") && op.operands().get(0) instanceof Expr.Str format) {
        Value v = ev.concrete(ev.eval(op, scope));
        return v instanceof Value.Const k && k.value() instanceof String text
            ? text : format.value().replace("%s", "*");
      }
    }
    return c.keyword("event_suffix").filter(e -> e instanceof Expr.Str).map(e -> ((Expr.Str) e).value()).orElse("");
  }

  static Optional<String> firstString(Expr.Call c) {
    for (Expr.Argument arg : c.args()) {
      if (arg.value() instanceof Expr.Str s) {
        return Optional.of(s.value());
      }
    }
    return Optional.empty();
  }

  static Optional<SourceAnchor> anchor(FunctionInfo fn, int line) {
    if (fn == null) {
      return Optional.empty();
    }
    return Optional.of(new SourceAnchor(fn.path(), line, fn.localName()));
  }
}
