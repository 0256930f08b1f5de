package io.seqtrace.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python expression, reduced to what tracing needs.
 *
 * <p>Names, attributes, calls, literals, lambdas and conditional expressions keep their shape;
 * operators, comprehensions and the like become {@link Operation} with their operands, so calls
 * nested anywhere stay reachable. Every expression keeps its 1-based line and column.
 *
 * @see <a href="https://docs.python.org/3/reference/expressions.html">Expressions</a>
 */
public sealed interface Expr extends Serializable {

  int line();

  int column();

  /** {@code id}. */
  record Name(String id, int line, int column) implements Expr {
    public Name {
      Objects.requireNonNull(id, "id");
    }
  }

  /** {@code value.attr}. */
  record Attribute(Expr value, String attr, int line, int column) implements Expr {
    public Attribute {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(attr, "attr");
    }
  }

  /** {@code func(args)}. */
  record Call(Expr func, List<Argument> args, int line, int column) implements Expr {
    public Call {
      Objects.requireNonNull(func, "func");
      args = List.copyOf(args);
    }

    /** The keyword argument named {@code name}, if given. */
    public Optional<Expr> keyword(String name) {
      for (Argument arg : args) {
        if (arg.kind() == Argument.Kind.KEYWORD && arg.name().equals(name)) {
          return Optional.of(arg.value());
        }
      }
      return Optional.empty();
    }

    /** The {@code index}-th positional argument, if given. */
    public Optional<Expr> positional(int index) {
      int seen = 0;
      for (Argument arg : args) {
        if (arg.kind() == Argument.Kind.POSITIONAL && seen++ == index) {
          return Optional.of(arg.value());
        }
      }
      return Optional.empty();
    }
  }

  /** One call argument: positional, {@code name=value}, {@code *value} or {@code **value}. */
  record Argument(Kind kind, String name, Expr value) implements Serializable {
    /** Which form the argument takes. */
    public enum Kind { POSITIONAL, KEYWORD, STAR, DOUBLE_STAR }

    public Argument {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A string literal, adjacent literals joined; {@code value} is the text between the quotes, escapes kept. */
  record Str(String value, int line, int column) implements Expr {
    public Str {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number literal as written ({@code 0777}, {@code 10L}, {@code 1e3}, {@code 2j}). */
  record Num(String text, int line, int column) implements Expr {
    public Num {
      Objects.requireNonNull(text, "text");
    }
  }

  /** {@code value[index]}; a slice's parts are the index's operands. */
  record Subscript(Expr value, List<Expr> index, int line, int column) implements Expr {
    public Subscript {
      Objects.requireNonNull(value, "value");
      index = List.copyOf(index);
    }
  }

  /** {@code lambda params: body}. */
  record Lambda(List<Parameter> params, Expr body, int line, int column) implements Expr {
    public Lambda {
      params = List.copyOf(params);
      Objects.requireNonNull(body, "body");
    }
  }

  /** {@code body if test else orElse}. */
  record Conditional(Expr test, Expr body, Expr orElse, int line, int column) implements Expr {
    public Conditional {
      Objects.requireNonNull(test, "test");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(orElse, "orElse");
    }
  }

  /** Tuples, lists, sets and dicts ({@code kind} is {@code tuple}, {@code list}, {@code set} or {@code dict}; a dict's elements alternate key, value). */
  record Collection(String kind, List<Expr> elements, int line, int column) implements Expr {
    public Collection {
      Objects.requireNonNull(kind, "kind");
      elements = List.copyOf(elements);
    }
  }

  /**
   * Every other expression by its operator: {@code +}, {@code and}, {@code not}, {@code ==},
   * {@code *} (star), {@code **}, {@code await}, {@code yield}, {@code :=}, {@code comprehension},
   * {@code repr}, {@code ...}, {@code slice}; {@code operands} in source order.
   */
  record Operation(String op, List<Expr> operands, int line, int column) implements Expr {
    public Operation {
      Objects.requireNonNull(op, "op");
      operands = List.copyOf(operands);
    }
  }
}
