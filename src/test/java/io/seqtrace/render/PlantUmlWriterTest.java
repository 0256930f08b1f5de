package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Participant;
import io.seqtrace.wsd.WsdReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlantUmlWriterTest {

  private static Message step(StepKind kind, Origin origin, String label, int line) {
    return new Message("api", "compute", Arrow.SOLID, Activation.NONE, label, kind, "", Optional.empty(), origin, line);
  }

  /** The body: every line after the participant declarations, without {@code @enduml}. */
  private static List<String> body(Diagram d) {
    List<String> lines = Arrays.asList(PlantUmlWriter.write(d).text().split("\n"));
    int last = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("participant ") || lines.get(i).startsWith("actor ")) {
        last = i;
      }
    }
    return lines.subList(last + 1, lines.size() - 1);
  }

  @Test
  void arrowsFollowTheStepKind() {
    Diagram d = new Diagram("", List.of(), List.of(
        step(StepKind.CAST, Origin.HAND, "cast", 1),
        step(StepKind.CALL, Origin.HAND, "call", 2),
        new Message("compute", "api", Arrow.SOLID, Activation.NONE, "reply", StepKind.REPLY, "", Optional.empty(), Origin.HAND, 3),
        step(StepKind.RESPONSE, Origin.HAND, "response", 4),
        step(StepKind.INVOKE, Origin.HAND, "invoke", 5),
        step(StepKind.DB, Origin.HAND, "db", 6),
        step(StepKind.NOTIFY, Origin.HAND, "notify", 7),
        new Message("api", "compute", Arrow.DASHED_OPEN, Activation.NONE, "as drawn", StepKind.MESSAGE, "", Optional.empty(), Origin.HAND, 8)));
    assertEquals(List.of(
        "api ->> compute : cast",
        "api -> compute ++ : call",
        "compute --> api -- : reply",
        "api --> compute : response",
        "api -> compute : invoke",
        "api -> compute : db",
        "api -> compute : notify",
        "api -->> compute : as drawn"), body(d));
  }

  @Test
  void derivedIsBlueAndStaleIsRedWithANote() {
    Diagram d = new Diagram("", List.of(), List.of(
        step(StepKind.CAST, Origin.DERIVED, "derived cast", 0),
        new Message("api", "compute", Arrow.DASHED, Activation.NONE, "derived", StepKind.MESSAGE, "", Optional.empty(), Origin.DERIVED, 0),
        new Note(NotePosition.OVER, List.of("api"), "derived note", false, Optional.empty(), Origin.DERIVED, 0),
        step(StepKind.MESSAGE, Origin.STALE, "old step", 0),
        new Note(NotePosition.LEFT_OF, List.of("api"), "old note", false, Optional.empty(), Origin.STALE, 0),
        new Element.Activate("api", true, Origin.DERIVED, 0)));
    assertEquals(List.of(
        "api -[#1f6feb]>> compute : derived cast",
        "api -[#1f6feb]-> compute : derived",
        "note over api #DDEEFF : derived note",
        "api -[#d73a49]> compute : <color:red>old step</color>",
        "note left of api #FFDDDD : <color:red>stale:</color> old note",
        "activate api #DDEEFF"), body(d));
  }

  @Test
  void eachLineOfAColouredLabelGetsItsOwnTags() {
    Diagram d = new Diagram("", List.of(), List.of(
        step(StepKind.MESSAGE, Origin.ADDED, "vm_state = BUILDING\\ntask_state = None", 0)));
    assertEquals(List.of("api -[#22863a]> compute : <color:#22863a>vm_state = BUILDING</color>\\n"
        + "<color:#22863a>task_state = None</color>"), body(d));
  }

  @Test
  void unbalancedDeactivationsAreDropped() {
    Diagram d = WsdReader.read("""
        a->+b: call
        b->-a: done
        b->-a: again
        deactivate b
        activate a
        deactivate a
        deactivate a
        a->+b: both
        b->+c: nested
        destroy c
        deactivate c
        """, "t.wsd");
    assertEquals(List.of(
        "a -> b ++ : call",
        "b -> a -- : done",
        "b -> a : again",
        "activate a",
        "deactivate a",
        "a -> b ++ : both",
        "b -> c ++ : nested",
        "destroy c"), body(d));
  }

  @Test
  void nothingInANameOrLabelBecomesSyntax() {
    Diagram d = new Diagram("@enduml\n!include /etc/passwd",
        List.of(new Participant("end", "x\" as y\n@enduml", false, 1), Participant.of("a b<<c>>")),
        List.of(Message.hand("end", "a b<<c>>", Arrow.SOLID, Activation.NONE, "l1\nl2\r\n%getenv(\"HOME\") <img:/etc/passwd>", 3)));
    String text = PlantUmlWriter.write(d).text();
    assertTrue(text.contains("title &#64;enduml\\n&#33;include /etc/passwd\n"), text);
    assertTrue(text.contains("participant \"x&#34; as y\\n&#64;enduml\" as end_\n"), text);
    assertTrue(text.contains("participant \"a b&#60;&#60;c&#62;&#62;\" as a_b__c__\n"), text);
    assertTrue(text.contains("end_ -> a_b__c__ : l1\\nl2\\n&#37;getenv(&#34;HOME&#34;) &#60;img:/etc/passwd&#62;\n"), text);
    for (String line : text.split("\n")) {
      assertFalse(line.startsWith("!") && !line.startsWith("!pragma teoz false"), line);
      assertFalse(line.startsWith("@") && !line.equals("@startuml") && !line.equals("@enduml"), line);
    }
  }

  @Test
  void sourceLinesFollowTheElements() {
    PlantUmlScript puml = PlantUmlWriter.write(WsdReader.read("title t\n\na->b: x\nalt g\n  note over a: n\nend\n", "t.wsd"));
    List<String> lines = Arrays.asList(puml.text().split("\n"));
    assertEquals(3, puml.sourceLine(lines.indexOf("a -> b : x") + 1));
    assertEquals(4, puml.sourceLine(lines.indexOf("alt g") + 1));
    assertEquals(5, puml.sourceLine(lines.indexOf("  note over a : n") + 1));
    assertEquals(6, puml.sourceLine(lines.indexOf("end") + 1));
    assertEquals(0, puml.sourceLine(1));
  }

  @Test
  void notifyAndNoteStepsToThemselvesAreNotesColouredByOrigin() {
    Diagram d = new Diagram("", List.of(), List.of(
        new Message("api", "api", Arrow.SOLID, Activation.NONE, "pause.start", StepKind.NOTIFY, "", Optional.empty(), Origin.DERIVED, 0),
        new Message("api", "api", Arrow.SOLID, Activation.NONE, "check policy", StepKind.NOTE, "", Optional.empty(), Origin.HAND, 2),
        new Message("api", "api", Arrow.SOLID, Activation.NONE, "gone", StepKind.NOTE, "", Optional.empty(), Origin.STALE, 3),
        new Message("api", "api", Arrow.SOLID, Activation.NONE, "loop back", StepKind.INVOKE, "", Optional.empty(), Origin.HAND, 4)));
    assertEquals(List.of(
        "note over api #DDEEFF : notify: pause.start",
        "note over api : check policy",
        "note over api #FFDDDD : <color:red>stale:</color> gone",
        "api -> api : loop back"), body(d));
  }
}
