package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the Mermaid writer, one per construct: each {@code src/test/resources/wsd/X.wsd}
 * has its translation in {@code X.mmd} beside it, and the derived, merged and diff diagrams built
 * here have theirs in {@code src/test/resources/mermaid/}. A missing golden file is written and the
 * test fails, asking for a review. {@link MermaidParseTest} runs all of them through the real parser.
 */
class MermaidWriterTest {

  static List<Path> fixtures() {
    List<Path> fixtures = WsdTestFiles.fixtures();
    assertFalse(fixtures.isEmpty(), "no fixtures in " + WsdTestFiles.fixtureDir());
    return fixtures;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void scriptTranslationMatchesGoldenFile(Path fixture) throws IOException {
    assertGolden(fixture.resolveSibling(RenderJob.baseName(fixture) + ".mmd"), MermaidWriter.write(WsdReader.read(fixture)));
  }

  @Test
  void modelDiagramsMatchGoldenFiles() throws IOException {
    for (Map.Entry<String, Diagram> e : modelDiagrams().entrySet()) {
      assertGolden(goldenDir().resolve(e.getKey() + ".mmd"), MermaidWriter.write(e.getValue()));
    }
  }

  @Test
  void markdownFencesTheDiagram() {
    Diagram d = new Diagram("", List.of(), List.of(Message.hand("a", "b", Arrow.SOLID, Activation.NONE, "hi", 1)));
    assertEquals("```mermaid\nsequenceDiagram\n    participant a\n    participant b\n    a->>b: hi\n```\n",
        MermaidWriter.markdown(d));
  }

  @Test
  void labelsAreEscaped() {
    assertEquals("a #59; b #35; c #lt;b#gt;x#lt;/b#gt; %% 100%", MermaidText.label("a ; b # c <b>x</b> %% 100%"));
    assertEquals("#35;59#59;", MermaidText.label("#59;"));
    assertEquals("one<br/>two<br/>three<br/>four", MermaidText.label("one\\ntwo\nthree\r\nfour"));
  }

  @Test
  void participantNamesThatMermaidWouldMisreadGetIdentifiers() {
    Set<String> used = new HashSet<>();
    assertEquals("nova_api", MermaidText.identifier("nova_api", used));
    assertEquals("end_", MermaidText.identifier("end", used));
    assertEquals("Note_", MermaidText.identifier("Note", used));
    assertEquals("nova_compute", MermaidText.identifier("nova_compute", used));
    assertEquals("nova_compute_2", MermaidText.identifier("nova-compute", used));
    assertEquals("p_3par", MermaidText.identifier("3par", used));
    assertEquals("Nova_API_2", MermaidText.identifier("Nova API", used));
  }

  /** The diagrams of the model that no script can express: derived step kinds, provenance, diffs. */
  static Map<String, Diagram> modelDiagrams() {
    Map<String, Diagram> diagrams = new LinkedHashMap<>();
    diagrams.put("derived", new Diagram("pause", List.of(), List.of(
        step(StepKind.REQUEST, "client", "nova_api", "pause", Origin.DERIVED),
        step(StepKind.NOTE, "nova_api", "nova_api", "check instance lock", Origin.DERIVED),
        step(StepKind.DB, "nova_api", "database", "task_state = PAUSING", Origin.DERIVED),
        step(StepKind.CAST, "nova_api", "nova_compute", "pause_instance", Origin.DERIVED),
        step(StepKind.RESPONSE, "nova_api", "client", "202", Origin.DERIVED),
        step(StepKind.NOTIFY, "nova_compute", "nova_compute", "pause.start", Origin.DERIVED),
        step(StepKind.CALL, "nova_compute", "nova_conductor", "object_action", Origin.DERIVED),
        step(StepKind.REPLY, "nova_conductor", "nova_compute", "return object_action", Origin.DERIVED),
        step(StepKind.FANOUT, "nova_compute", "nova_scheduler", "update_instance_info", Origin.DERIVED),
        new Fragment("alt", List.of(
            new Branch("reboot_type == 'SOFT'", List.of(
                step(StepKind.INVOKE, "nova_compute", "libvirt", "reboot; soft", Origin.DERIVED)), 0),
            new Branch("else", List.of(), 0)), Origin.DERIVED, 0, 0),
        new Fragment("loop", List.of(new Branch("for bdm in bdms", List.of(
            step(StepKind.INVOKE, "nova_compute", "cinder", "detach", Origin.DERIVED)), 0)), Origin.DERIVED, 0, 0),
        new Fragment("opt", List.of(new Branch("", List.of(), 0)), Origin.DERIVED, 0, 0))));
    diagrams.put("merged", new Diagram("pause", List.of(new Participant("client", "", true, 1)), List.of(
        Message.hand("client", "nova_api", Arrow.SOLID, Activation.ACTIVATE_TARGET, "pause", 2),
        step(StepKind.CAST, "nova_api", "nova_compute", "pause_instance", Origin.DERIVED),
        step(StepKind.NOTIFY, "nova_compute", "nova_compute", "pause.start", Origin.DERIVED),
        Message.hand("nova_compute", "libvirt", Arrow.SOLID, Activation.NONE, "pause", 3),
        Message.hand("nova_compute", "hypervisor", Arrow.SOLID, Activation.NONE, "suspend_vm", 4)
            .withOrigin(Origin.STALE),
        new Note(NotePosition.OVER, List.of("nova_api", "nova_compute"), "hand-written; note", false,
            Optional.empty(), Origin.HAND, 5),
        Message.hand("nova_api", "client", Arrow.DASHED, Activation.DEACTIVATE_SOURCE, "202", 6))));
    diagrams.put("diff", new Diagram("pause: 12.0.0 \u2192 33.0.0", List.of(), List.of(
        step(StepKind.REQUEST, "client", "nova_api", "pause", Origin.UNCHANGED),
        step(StepKind.CAST, "nova_api", "nova_compute", "pause_instance", Origin.REMOVED),
        step(StepKind.CALL, "nova_api", "nova_compute", "pause_instance", Origin.ADDED),
        step(StepKind.DB, "nova_compute", "database", "InstanceAction.create()", Origin.ADDED),
        step(StepKind.INVOKE, "nova_compute", "libvirt", "pause", Origin.UNCHANGED),
        step(StepKind.NOTIFY, "nova_compute", "nova_compute", "pause.end", Origin.REMOVED))));
    return diagrams;
  }

  private static Message step(StepKind kind, String from, String to, String label, Origin origin) {
    Optional<SourceAnchor> anchor = kind == StepKind.CAST
        ? Optional.of(new SourceAnchor("nova/compute/rpcapi.py", 559, "ComputeAPI." + label))
        : Optional.empty();
    Arrow arrow = kind == StepKind.REPLY || kind == StepKind.RESPONSE ? Arrow.DASHED : Arrow.SOLID;
    return new Message(from, to, arrow, Activation.NONE, label, kind, label, anchor, origin, 0);
  }

  static Path goldenDir() {
    return WsdTestFiles.projectDir().resolve("src/test/resources/mermaid");
  }

  private static void assertGolden(Path golden, String text) throws IOException {
    if (!Files.exists(golden)) {
      AtomicFiles.writeString(golden, text);
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden), text, golden::toString);
  }
}
