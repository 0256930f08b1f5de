package io.seqtrace.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Python statement, reduced to what tracing needs: structure, assignments, calls, definitions.
 *
 * <p>Every statement keeps its 1-based line. Statements that carry no control flow and no
 * definition of interest (pass, del, global, assert, print, exec, ...) become {@link Simple} with
 * their expressions, so calls inside them are still visible.
 *
 * @see <a href="https://docs.python.org/3/reference/simple_stmts.html">Simple statements</a>
 * @see <a href="https://docs.python.org/3/reference/compound_stmts.html">Compound statements</a>
 */
public sealed interface Stmt extends Serializable {

  int line();

  /** {@code @decorator def name(params) -> returns: body} ({@code async def} when {@code async}). */
  record FunctionDef(String name, List<Parameter> params, List<Expr> decorators, List<Stmt> body,
      boolean async, int line, int endLine) implements Stmt {
    public FunctionDef {
      Objects.requireNonNull(name, "name");
      params = List.copyOf(params);
      decorators = List.copyOf(decorators);
      body = List.copyOf(body);
    }
  }

  /** {@code @decorator class Name(bases, metaclass=M): body}. */
  record ClassDef(String name, List<Expr> bases, List<Expr> decorators, List<Stmt> body, int line,
      int endLine) implements Stmt {
    public ClassDef {
      Objects.requireNonNull(name, "name");
      bases = List.copyOf(bases);
      decorators = List.copyOf(decorators);
      body = List.copyOf(body);
    }
  }

  /** {@code import a.b as c, d}. */
  record Import(List<Alias> names, int line) implements Stmt {
    public Import {
      names = List.copyOf(names);
    }
  }

  /** {@code from ..a.b import c as d} ({@code level} counts the leading dots; {@code *} is a name). */
  record ImportFrom(String module, int level, List<Alias> names, int line) implements Stmt {
    public ImportFrom {
      Objects.requireNonNull(module, "module");
      names = List.copyOf(names);
    }
  }

  /** One imported name: {@code name as asName}; {@code asName} is empty when there is no alias. */
  record Alias(String name, String asName) implements Serializable {
    public Alias {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(asName, "asName");
    }

    /** The name the import binds in the importing module. */
    public String boundName() {
      return asName.isEmpty() ? name : asName;
    }
  }

  /**
   * {@code a = b = value}, {@code a: T = value} and augmented {@code a += value} ({@code op} is the
   * augmented operator, {@code "="} for plain assignment).
   */
  record Assign(List<Expr> targets, String op, Expr value, int line) implements Stmt {
    public Assign {
      targets = List.copyOf(targets);
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(value, "value");
    }
  }

  /** An expression used as a statement: usually a call. */
  record ExprStmt(Expr value, int line) implements Stmt {
    public ExprStmt {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code return value}. */
  record Return(Optional<Expr> value, int line) implements Stmt {
    public Return {
      Objects.requireNonNull(value, "value");
    }
  }

  /** {@code raise exc} (Python 2's extra arguments are dropped). */
  record Raise(Optional<Expr> exception, int line) implements Stmt {
    public Raise {
      Objects.requireNonNull(exception, "exception");
    }
  }

  /** {@code if test: body elif ...: ... else: orElse}; an elif is an If alone in {@code orElse}. */
  record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    public If {
      Objects.requireNonNull(test, "test");
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code for target in iter: body else: orElse}. */
  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    public For {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(iter, "iter");
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code while test: body else: orElse}. */
  record While(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    public While {
      Objects.requireNonNull(test, "test");
      body = List.copyOf(body);
      orElse = List.copyOf(orElse);
    }
  }

  /** {@code try: body except ...: handlers else: orElse finally: finalBody}. */
  record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody,
      int line) implements Stmt {
    public Try {
      body = List.copyOf(body);
      handlers = List.copyOf(handlers);
      orElse = List.copyOf(orElse);
      finalBody = List.copyOf(finalBody);
    }
  }

  /** {@code except type as name: body} or Python 2's {@code except type, name:}. */
  record Handler(Optional<Expr> type, String name, List<Stmt> body, int line) implements Serializable {
    public Handler {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      body = List.copyOf(body);
    }
  }

  /** {@code with a as x, b: body}. */
  record With(List<WithItem> items, List<Stmt> body, int line) implements Stmt {
    public With {
      items = List.copyOf(items);
      body = List.copyOf(body);
    }
  }

  /** One context manager of a with statement. */
  record WithItem(Expr context, Optional<Expr> target) implements Serializable {
    public WithItem {
      Objects.requireNonNull(context, "context");
      Objects.requireNonNull(target, "target");
    }
  }

  /** {@code match subject: case pattern if guard: body ...}; patterns are kept as expressions. */
  record Match(Expr subject, List<Case> cases, int line) implements Stmt {
    public Match {
      Objects.requireNonNull(subject, "subject");
      cases = List.copyOf(cases);
    }
  }

  /** One case block. */
  record Case(List<Expr> patterns, Optional<Expr> guard, List<Stmt> body, int line) implements Serializable {
    public Case {
      patterns = List.copyOf(patterns);
      Objects.requireNonNull(guard, "guard");
      body = List.copyOf(body);
    }
  }

  /** Any other statement ({@code pass}, {@code del x}, {@code global x}, {@code print x}, ...) by keyword. */
  record Simple(String keyword, List<Expr> values, int line) implements Stmt {
    public Simple {
      Objects.requireNonNull(keyword, "keyword");
      values = List.copyOf(values);
    }
  }
}
