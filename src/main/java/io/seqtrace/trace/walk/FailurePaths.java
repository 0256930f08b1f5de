package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.interp.ExprText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the steps that run only when something fails (code in {@code except} handlers, rollback
 * and recover callbacks) from the path that succeeds, so the tracer draws them at most once and
 * inside a fragment whose guard says so. Which names mean "failure" comes from the profile
 * ({@code failureNames}); an operation whose own name contains one of them ({@code revertResize})
 * is about that path, and its steps stay in the main flow.
 */
public final class FailurePaths {

  /** How every failure guard begins. */
  public static final String GUARD = "on failure";

  private final List<String> failureNames;
  private final boolean operationIsRecovery;
  private final Set<String> drawn = new HashSet<>();
  private int depth;

  FailurePaths(Profile profile, String operation) {
    this.failureNames = profile.failureNames();
    String op = operation.toLowerCase(Locale.ROOT);
    this.operationIsRecovery = failureNames.stream().anyMatch(op::contains);
  }

  /** True while the tracer walks a failure path. */
  boolean inside() {
    return depth > 0;
  }

  void enter() {
    depth++;
  }

  void leave() {
    depth--;
  }

  /**
   * The guard of a call that starts a failure path ({@code self._rollback_live_migration(...)},
   * {@code recover_method(...)}), or empty when the call is on the main path.
   */
  Optional<String> guardOf(Expr.Call c, String calleeName) {
    if (operationIsRecovery || inside()) {
      return Optional.empty();
    }
    String called = (ExprText.of(c.func()) + " " + calleeName).toLowerCase(Locale.ROOT);
    return failureNames.stream().anyMatch(called::contains)
        ? Optional.of(GUARD + ": " + calleeName) : Optional.empty();
  }

  /** The guard of an except handler: {@code on failure: except MigrationError}. */
  static String guardOf(Stmt.Handler h) {
    return h.type().map(t -> GUARD + ": except " + ExprText.of(t)).orElse(GUARD);
  }

  /**
   * True the first time a failure path starting at {@code key} (a handler's place, a rollback
   * function) is met; a workflow draws each failure path once.
   */
  boolean firstTime(String key) {
    return drawn.add(key);
  }

  /** True when the handler catches {@code NotImplementedError}: the driver's fallback, not a failure. */
  static boolean catchesNotImplemented(Stmt.Handler h) {
    return h.type().map(t -> ExprText.of(t).contains("NotImplementedError")).orElse(false);
  }

  /** A function whose body (docstring aside) only raises NotImplementedError: a base-class stub. */
  static boolean raisesNotImplemented(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Str) {
        continue;
      }
      return s instanceof Stmt.Raise r && r.exception().map(x -> ExprText.of(x).contains("NotImplementedError"))
          .orElse(false);
    }
    return false;
  }
}
