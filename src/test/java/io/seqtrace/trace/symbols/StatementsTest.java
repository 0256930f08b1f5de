package io.seqtrace.trace.symbols;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.interp.ExprText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared structural walk: every block entered in source order, nested definitions not. */
class StatementsTest {

  private static List<Stmt> body() {
    CodeIndex index = InlinePython.index(Map.of("app/m.py", """
        def main(items):
            setup(a(), b(c()))
            if check():
                x = first()
            else:
                x = second()
            for item in load(items):
                handle(item)
            try:
                risky()
            except ValueError:
                recover()
            finally:
                close()
            with lock():
                inside()

            def later():
                never()
            return done(x)
        """));
    return index.function("app.m.main").orElseThrow().def().body();
  }

  @Test
  void callsInEvaluationOrderThroughEveryBlockButNotNestedDefinitions() {
    assertEquals(List.of("a", "c", "b", "setup", "check", "first", "second", "load", "handle", "risky",
            "recover", "close", "lock", "inside", "done"),
        Statements.calls(body()).stream().map(c -> ExprText.of(c.func())).toList());
  }

  @Test
  void flattenKeepsSourceOrderAndTheBlockStatementsThemselves() {
    List<String> kinds = Statements.flatten(body()).stream().map(s -> s.getClass().getSimpleName()).toList();
    assertEquals(List.of("ExprStmt", "If", "Assign", "Assign", "For", "ExprStmt", "Try", "ExprStmt", "ExprStmt",
        "ExprStmt", "With", "ExprStmt", "FunctionDef", "Return"), kinds);
    assertEquals(List.of(), Statements.calls(List.of(new Stmt.ExprStmt(new Expr.Name("x", 1, 0), 1))));
  }
}
