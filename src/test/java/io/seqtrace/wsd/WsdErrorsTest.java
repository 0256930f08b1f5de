package io.seqtrace.wsd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.seqtrace.error.InputException;
import io.seqtrace.sequence.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WsdErrorsTest {

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("title x\n\nalt a\n  a->b: y\nelse b\n  b->a: z\n\n",
            "bad.wsd:7: unclosed 'alt' opened at line 3"),
        Arguments.of("opt a\n  loop b\n  end\n", "bad.wsd:3: unclosed 'opt' opened at line 1"),
        Arguments.of("note over a\n  text\n", "bad.wsd:2: unclosed 'note' opened at line 1"),
        Arguments.of("a->b: x\nend\n", "bad.wsd:2: 'end' without an open fragment"),
        Arguments.of("end note\n", "bad.wsd:1: 'end note' without an open note"),
        Arguments.of("opt x\nend alt\n", "bad.wsd:2: unexpected 'alt' after 'end'"),
        Arguments.of("a->b\nelse x\n", "bad.wsd:2: 'else' outside a fragment"),
        Arguments.of("opt x\nend\nelse y\n", "bad.wsd:3: 'else' outside a fragment"),
        Arguments.of("a->: x\n", "bad.wsd:1: message has no target after '->'"),
        Arguments.of("a->+ : x\n", "bad.wsd:1: message has no target after '->'"),
        Arguments.of("-->>b: x\n", "bad.wsd:1: message has no source before '-->>'"),
        Arguments.of("participant\n", "bad.wsd:1: 'participant' needs a name"),
        Arguments.of("participant a\nparticipant a\n", "bad.wsd:2: participant 'a' is already declared at line 1"),
        Arguments.of("note a: x\n", "bad.wsd:1: 'note' needs 'over', 'left of' or 'right of' and a participant"),
        Arguments.of("note over a,: x\n", "bad.wsd:1: empty participant name in 'note'"),
        Arguments.of("activate\n", "bad.wsd:1: 'activate' needs a participant"),
        Arguments.of("title\n", "bad.wsd:1: 'title' needs a text"),
        Arguments.of("title a\ntitle b\n", "bad.wsd:2: second 'title' (the first is at line 1)"),
        Arguments.of("a => b: x\n", "bad.wsd:1: unrecognised line: 'a => b: x'"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedScriptsGiveOneLineDiagnostics(String script, String expected) {
    InputException e = assertThrows(InputException.class, () -> WsdReader.readStrict(script, "bad.wsd"));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void leniencyClosesFragmentsOpenAtTheEndWithAWarning() {
    WsdReader.Result r = WsdReader.parse("alt a\n  opt b\n    a->b: x\n", "bad.wsd");
    assertEquals(List.of(
        "bad.wsd:3: unclosed 'opt' opened at line 2 (closed at end of script)",
        "bad.wsd:3: unclosed 'alt' opened at line 1 (closed at end of script)"), r.warnings());
    Element.Fragment alt = (Element.Fragment) r.diagram().elements().get(0);
    assertEquals(3, alt.endLine());
    Element.Fragment opt = (Element.Fragment) alt.branches().get(0).elements().get(0);
    assertEquals(List.of(Element.Message.hand("a", "b", Element.Arrow.SOLID, Element.Activation.NONE, "x", 3)),
        opt.branches().get(0).elements());
  }
}
