package io.seqtrace.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a function or lambda: {@code name: annotation = default}, {@code *args},
 * {@code **kwargs}, the bare {@code *} and {@code /} markers, or a Python 2 tuple parameter
 * ({@code (a, b)}, named by its parts joined with commas).
 *
 * @see <a href="https://docs.python.org/3/reference/compound_stmts.html#function-definitions">Function definitions</a>
 */
public record Parameter(String name, Kind kind, Optional<Expr> defaultValue) implements Serializable {

  /** Which form the parameter takes. */
  public enum Kind { PLAIN, VAR_POSITIONAL, VAR_KEYWORD, KEYWORD_ONLY_MARKER, POSITIONAL_ONLY_MARKER }

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }
}
