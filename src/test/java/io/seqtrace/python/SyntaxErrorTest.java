package io.seqtrace.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Syntax errors are reported at their exact position and never escape as exceptions. */
class SyntaxErrorTest {

  private final PythonSourceParser parser = new PythonSourceParser();

  private List<SyntaxError> errors(String text) {
    return parser.parse("bad.py", "bad", text).errors();
  }

  @Test
  void unclosedBracketIsReportedWhereItOpens() {
    List<SyntaxError> errors = errors("x = 1\ny = foo(1,\n  2\n");
    assertEquals(List.of("bad.py:2:8: '(' was never closed"), errors.stream().map(Object::toString).toList());
  }

  @Test
  void missingColonIsReportedOnItsLine() {
    List<SyntaxError> errors = errors("def ok():\n    pass\n\nif x\n    y = 1\n");
    assertEquals(4, errors.get(0).line());
    assertEquals(5, errors.get(0).column());
  }

  @Test
  void badDedentIsReported() {
    List<SyntaxError> errors = errors("if x:\n        a = 1\n    b = 2\n");
    assertEquals("bad.py:3:5: unindent does not match any outer indentation level", errors.get(0).toString());
  }

  @Test
  void tabsAndSpacesThatDisagreeAreCPythonsTabError() {
    // Equal at a tab size of 8, different at 1: the block depends on the tab size.
    assertEquals("bad.py:3:1: inconsistent use of tabs and spaces in indentation",
        errors("if x:\n        a = 1\n\tb = 2\n").get(0).toString());
    // Deeper at a tab size of 8, shallower at 1.
    assertEquals("bad.py:3:1: inconsistent use of tabs and spaces in indentation",
        errors("if x:\n    a = 1\n\tb = 2\n").get(0).toString());
  }

  @Test
  void tabsAndSpacesThatAgreeAreFine() {
    assertEquals(List.of(), errors("if x:\n\tif y:\n\t        a = 1\n\tb = 2\nc = 3\n"));
  }

  @Test
  void oldMacLineEndingsCountLines() {
    assertEquals(List.of("bad.py:3:5: '(' was never closed"),
        errors("a = 1\rb = 2\rc = (\r").stream().map(Object::toString).toList());
    assertEquals(List.of("bad.py:3:5: '(' was never closed"),
        errors("a = 1\r\nb = 2\r\nc = (\r\n").stream().map(Object::toString).toList());
    assertEquals(3, parser.parse("ok.py", "ok", "a = 1\rb = 2\rc = 3\r").module().lines());
  }

  @Test
  void strayCharacterIsReportedAtItsColumn() {
    List<SyntaxError> errors = errors("a = 1\nb = 2 $ 3\n");
    assertEquals(2, errors.get(0).line());
    assertEquals(7, errors.get(0).column());
  }

  @Test
  void unterminatedStringIsReported() {
    List<SyntaxError> errors = errors("a = 'open\nb = 2\n");
    assertEquals(1, errors.get(0).line());
    assertEquals(5, errors.get(0).column());
  }

  @Test
  void deepNestingIsAnErrorWithPositionNotACrash() {
    String deep = "x = " + "(".repeat(5000) + "1" + ")".repeat(5000) + "\n";
    List<SyntaxError> errors = errors(deep);
    assertEquals("bad.py:1:205: too many nested brackets (more than 200)", errors.get(0).toString());
  }

  @Test
  void nestingUpToTheLimitParses() {
    String deep = "x = " + "[".repeat(199) + "1" + "]".repeat(199) + "\n";
    assertTrue(errors(deep).isEmpty());
  }

  @Test
  void codeAfterAnErrorIsStillModelled() {
    ParseResult result = parser.parse("bad.py", "bad", "def a(x y):\n    pass\n\ndef b():\n    return 1\n");
    assertTrue(!result.ok());
    assertTrue(result.module().body().stream().anyMatch(
        s -> s instanceof io.seqtrace.model.Stmt.FunctionDef f && f.name().equals("b")));
  }
}
