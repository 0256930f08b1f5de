package io.seqtrace.wsd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Blank;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Directive;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SourceAnchor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WsdReaderTest {

  private static Diagram read(String script) {
    return WsdReader.read(script, "t.wsd");
  }

  private static Element only(String script) {
    List<Element> elements = read(script).elements();
    assertEquals(1, elements.size(), elements::toString);
    return elements.get(0);
  }

  @Test
  void titleAndParticipants() {
    Diagram d = read("""
        title pause a server
        participant client
        participant "Nova API" as nova_api
        actor "Operator" as op
        Participant Database
        """);
    assertEquals("pause a server", d.title());
    assertEquals(List.of(
        new Participant("client", "", false, 2),
        new Participant("nova_api", "Nova API", false, 3),
        new Participant("op", "Operator", true, 4),
        new Participant("Database", "", false, 5)), d.participants());
    assertEquals(List.of(new Directive("title", "pause a server", 1)), d.elements());
  }

  @Test
  void arrowsAndActivationShorthands() {
    Diagram d = read("""
        a->b: solid
        a-->b: dashed
        a->>b: open
        a-->>b: dashed open
        a->+b: call
        b->-a: done
        """);
    assertEquals(List.of(
        Message.hand("a", "b", Arrow.SOLID, Activation.NONE, "solid", 1),
        Message.hand("a", "b", Arrow.DASHED, Activation.NONE, "dashed", 2),
        Message.hand("a", "b", Arrow.SOLID_OPEN, Activation.NONE, "open", 3),
        Message.hand("a", "b", Arrow.DASHED_OPEN, Activation.NONE, "dashed open", 4),
        Message.hand("a", "b", Arrow.SOLID, Activation.ACTIVATE_TARGET, "call", 5),
        Message.hand("b", "a", Arrow.SOLID, Activation.DEACTIVATE_SOURCE, "done", 6)), d.elements());
  }

  @Test
  void messageSpacingAndMissingLabel() {
    assertEquals(Message.hand("nova_api", "database", Arrow.SOLID, Activation.NONE, "create db entry", 1),
        only("nova_api->database:create db entry"));
    assertEquals(Message.hand("client", "nova_api", Arrow.SOLID, Activation.NONE, "GET \"/servers\"", 1),
        only("  client -> nova_api : GET \"/servers\"  "));
    assertEquals(Message.hand("a", "b", Arrow.DASHED, Activation.ACTIVATE_TARGET, "", 1), only("a --> + b"));
    assertEquals(Message.hand("a", "b", Arrow.SOLID, Activation.NONE, "x: y -> z", 1), only("a->b: x: y -> z"));
    assertEquals(Message.hand("Big Box", "b", Arrow.SOLID, Activation.NONE, "q", 1), only("\"Big Box\"->b: q"));
  }

  @Test
  void keywordLikeParticipantNamesStillSendMessages() {
    assertEquals(Message.hand("loop", "end", Arrow.SOLID, Activation.NONE, "x", 1), only("loop -> end: x"));
  }

  @Test
  void notesOnOneLine() {
    Diagram d = read("""
        note over nova_api: authorize context
        note over  a , b :two
        note left of a: left
        NOTE RIGHT OF b: right
        note over a:
        """);
    assertEquals(List.of(
        new Note(NotePosition.OVER, List.of("nova_api"), "authorize context", false, Optional.empty(), Origin.HAND, 1),
        new Note(NotePosition.OVER, List.of("a", "b"), "two", false, Optional.empty(), Origin.HAND, 2),
        new Note(NotePosition.LEFT_OF, List.of("a"), "left", false, Optional.empty(), Origin.HAND, 3),
        new Note(NotePosition.RIGHT_OF, List.of("b"), "right", false, Optional.empty(), Origin.HAND, 4),
        new Note(NotePosition.OVER, List.of("a"), "", false, Optional.empty(), Origin.HAND, 5)), d.elements());
  }

  @Test
  void blockNoteKeepsLinesAndLineNumberOfItsStart() {
    assertEquals(new Note(NotePosition.RIGHT_OF, List.of("a"), "first line\n\nthird: with colon", true,
            Optional.empty(), Origin.HAND, 2),
        read("""

            note right of a
                first line

              third: with colon
            End Note
            """).elements().get(1));
  }

  @Test
  void activationAndDestroy() {
    assertEquals(List.of(
        new Activate("a", true, Origin.HAND, 1),
        new Activate("a", false, Origin.HAND, 2),
        new Destroy("a", 3)), read("activate a\nDeactivate a\ndestroy a\n").elements());
  }

  @Test
  void nestedFragmentsWithBranches() {
    Diagram d = read("""
        alt if shared storage:
            a->b: x
            opt has disk.info
                loop for bdm in bdms
                end
            end
        else not on shared storage
            par
            else
            end
        end
        ref see create
        end
        STATE waiting
        end
        """);
    Fragment loop = new Fragment("loop", List.of(new Branch("for bdm in bdms", List.of(), 4)), Origin.HAND, 4, 5);
    Fragment opt = new Fragment("opt", List.of(new Branch("has disk.info", List.of(loop), 3)), Origin.HAND, 3, 6);
    Fragment par = new Fragment("par", List.of(new Branch("", List.of(), 8), new Branch("", List.of(), 9)),
        Origin.HAND, 8, 10);
    Fragment alt = new Fragment("alt", List.of(
        new Branch("if shared storage:", List.of(Message.hand("a", "b", Arrow.SOLID, Activation.NONE, "x", 2), opt), 1),
        new Branch("not on shared storage", List.of(par), 7)), Origin.HAND, 1, 11);
    assertEquals(List.of(alt,
        new Fragment("ref", List.of(new Branch("see create", List.of(), 12)), Origin.HAND, 12, 13),
        new Fragment("state", List.of(new Branch("waiting", List.of(), 14)), Origin.HAND, 14, 15)), d.elements());
  }

  @Test
  void commentsWithSourceAnchors() {
    Diagram d = read("""
        # nova/compute/api.py pause()
        ## nova/compute/api.py
        # nova/compute/manager.py _build_network_for_instance
        #nova/compute/api.py lock()
        # sahara/service/opts.py  RemoteOpt.provision_cluster()
        ### nova-api
        # nova/virt/libvirt/driver power_on
        # see nova/compute/api.py
        #
        """);
    assertEquals(List.of(
        new Comment("nova/compute/api.py pause()", Optional.of(new SourceAnchor("nova/compute/api.py", 0, "pause")), 1),
        new Comment("# nova/compute/api.py", Optional.of(new SourceAnchor("nova/compute/api.py", 0, "")), 2),
        new Comment("nova/compute/manager.py _build_network_for_instance",
            Optional.of(new SourceAnchor("nova/compute/manager.py", 0, "_build_network_for_instance")), 3),
        new Comment("nova/compute/api.py lock()", Optional.of(new SourceAnchor("nova/compute/api.py", 0, "lock")), 4),
        new Comment("sahara/service/opts.py  RemoteOpt.provision_cluster()",
            Optional.of(new SourceAnchor("sahara/service/opts.py", 0, "RemoteOpt.provision_cluster")), 5),
        new Comment("## nova-api", Optional.empty(), 6),
        new Comment("nova/virt/libvirt/driver power_on", Optional.empty(), 7),
        new Comment("see nova/compute/api.py", Optional.empty(), 8),
        new Comment("", Optional.empty(), 9)), d.elements());
  }

  @Test
  void directivesAndBlankLines() {
    assertEquals(List.of(
        new Directive("autonumber", "", 1),
        new Blank(2),
        new Directive("option", "footer=none", 3)), read("AutoNumber\n\t \noption footer=none\n").elements());
  }

  @Test
  void textIsKeptVerbatim() {
    Message m = (Message) read("a->b: vm_state=BUILDING\\ntask_state=None  \t\n").elements().get(0);
    assertEquals("vm_state=BUILDING\\ntask_state=None", m.label());
    Note n = (Note) read("\tnote over a:\tÜberprüfung — 検証 ✓\n").elements().get(0);
    assertEquals("Überprüfung — 検証 ✓", n.text());
  }

  @Test
  void crlfAndLoneCrEndLines() {
    Diagram d = read("title x\r\n\r\na->b: y\r\nactivate b\rdeactivate b");
    assertEquals(List.of(
        new Directive("title", "x", 1),
        new Blank(2),
        Message.hand("a", "b", Arrow.SOLID, Activation.NONE, "y", 3),
        new Activate("b", true, Origin.HAND, 4),
        new Activate("b", false, Origin.HAND, 5)), d.elements());
  }

  @Test
  void allParticipantsInOrderOfFirstAppearance() {
    Diagram d = read("""
        participant a
        c->a: x
        participant "Bee" as b
        note over d: y
        a->b: z
        activate e
        """);
    assertEquals(List.of("a", "c", "b", "d", "e"), d.allParticipants().stream().map(Participant::name).toList());
    assertEquals("Bee", d.allParticipants().get(2).displayName());
    assertTrue(d.participants().stream().noneMatch(p -> p.name().equals("c")), "implicit names are not declared");
  }
}
