package io.seqtrace.wsd;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import io.seqtrace.sequence.SourceAnchor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WsdWriterTest {

  static List<Path> fixtures() {
    return WsdTestFiles.fixtures();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readingWhatWasWrittenGivesTheSameDiagram(Path fixture) {
    Diagram once = WsdReader.read(fixture);
    String written = WsdWriter.write(once);
    assertEquals(WsdTestFiles.withoutLines(once), WsdTestFiles.withoutLines(WsdReader.read(written, "written")));
    assertEquals(written, WsdWriter.write(WsdReader.read(written, "written")), "writing is idempotent");
  }

  @Test
  void layoutOfAHandWrittenScript() {
    String script = """
        # nova boot

        title Create Server
        participant client
        participant "Nova API" as nova_api
        client->+nova_api: create\\nserver
        alt   ok
        note over nova_api
        block
        end note
        else
        \tnova_api-->>client
        end
        """;
    assertEquals("""
        # nova boot

        title Create Server
        participant client
        participant "Nova API" as nova_api
        client->+nova_api: create\\nserver
        alt ok
            note over nova_api
                block
            end note
        else
            nova_api-->>client
        end
        """, WsdWriter.write(WsdReader.read(script, "t.wsd")));
  }

  @Test
  void derivedAndStaleElementsGetMarkerComments() {
    SourceAnchor anchor = new SourceAnchor("nova/compute/api.py", 42, "API.pause");
    Diagram d = new Diagram("pause", List.of(Participant.of("nova_api"), new Participant("odd name", "", true, 0)),
        List.of(
            new Message("nova_api", "odd name", Arrow.SOLID, Activation.NONE, "pause_instance", StepKind.CAST,
                "pause_instance", Optional.of(anchor), Origin.DERIVED, 0),
            new Note(NotePosition.OVER, List.of("nova_api"), "two\nlines", false, Optional.empty(), Origin.DERIVED, 0),
            Message.hand("nova_api", "nova_api", Arrow.DASHED, Activation.NONE, "gone", 0).withOrigin(Origin.STALE),
            new Element.Activate("nova_api", true, Origin.STALE, 0)));
    assertEquals("""
        title pause
        participant nova_api
        actor "odd name"
        # seqtrace: derived
        # nova/compute/api.py:42 API.pause()
        nova_api->"odd name": pause_instance
        # seqtrace: derived
        note over nova_api
            two
            lines
        end note
        # seqtrace: stale
        nova_api-->nova_api: gone
        # seqtrace: stale
        activate nova_api
        """, WsdWriter.write(d));
    // The derived marker is read back as the origin of the element it marks, not as a comment.
    List<Element> reread = WsdReader.read(WsdWriter.write(d), "w").elements();
    Element.Comment anchorLine = (Element.Comment) reread.get(1);
    assertEquals(Optional.of(anchor), anchorLine.anchor());
    assertEquals(Element.Origin.DERIVED, ((Element.Message) reread.get(2)).origin());
  }

  @Test
  void notifyAndNoteStepsToThemselvesAreNotes() {
    SourceAnchor anchor = new SourceAnchor("nova/compute/manager.py", 7, "ComputeManager.pause_instance");
    Diagram d = new Diagram("pause", List.of(), List.of(
        new Message("nova_compute", "nova_compute", Arrow.SOLID, Activation.NONE, "pause.start", StepKind.NOTIFY,
            "", Optional.of(anchor), Origin.DERIVED, 0),
        new Message("nova_api", "nova_api", Arrow.SOLID, Activation.NONE, "check instance lock", StepKind.NOTE,
            "", Optional.empty(), Origin.HAND, 0),
        new Message("nova_api", "nova_api", Arrow.SOLID, Activation.NONE, "self call", StepKind.INVOKE,
            "self_call", Optional.empty(), Origin.HAND, 0)));
    assertEquals("""
        title pause
        # seqtrace: derived
        # nova/compute/manager.py:7 ComputeManager.pause_instance()
        note over nova_compute: notify: pause.start
        note over nova_api: check instance lock
        nova_api->nova_api: self call
        """, WsdWriter.write(d));
  }

  @Test
  void declarationsStayBeforeADerivedStepInsertedAheadOfTheFirstMessage() {
    Diagram script = WsdReader.read("participant b\nparticipant a\na->b: hi\n", "t.wsd");
    List<Element> body = new java.util.ArrayList<>(script.elements());
    body.add(0, new Message("a", "b", Arrow.SOLID, Activation.NONE, "new", StepKind.CAST, "new", Optional.empty(),
        Origin.DERIVED, 0));
    assertEquals("""
        participant b
        participant a
        # seqtrace: derived
        a->b: new
        a->b: hi
        """, WsdWriter.write(new Diagram("", script.participants(), body)));
  }
}
