package io.seqtrace.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alignment rules of {@link WorkflowDiff} on hand-made step lists. */
class WorkflowDiffTest {
  private static Message step(String from, String to, String method, StepKind kind, String path, int line, String fn) {
    return new Message(from, to, Arrow.SOLID, Activation.NONE, method, kind, method,
        Optional.of(new SourceAnchor(path, line, fn)), Origin.DERIVED, 0);
  }

  private static final Message PAUSE = step("nova_api", "nova_compute", "pause_instance", StepKind.CAST, "rpcapi.py", 10, "A.pause_instance");
  private static final Message DRIVER = step("nova_compute", "libvirt", "pause", StepKind.INVOKE, "manager.py", 20, "M.pause_instance");

  @Test
  void lineShiftsAreNotChanges() {
    Message shifted = step("nova_api", "nova_compute", "pause_instance", StepKind.CAST, "rpcapi.py", 15, "A.pause_instance");
    assertTrue(WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(shifted, DRIVER)).unchanged());
  }

  @Test
  void castBecomingCallIsAChange() {
    Message call = step("nova_api", "nova_compute", "pause_instance", StepKind.CALL, "rpcapi.py", 10, "A.pause_instance");
    OperationDiff diff = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(call, DRIVER));
    assertEquals(List.of(new StepChange(PAUSE, call)), diff.changed());
    assertTrue(diff.added().isEmpty() && diff.removed().isEmpty());
  }

  @Test
  void aHopMovedToAnotherServiceIsNoPairButTheSummaryNamesIt() {
    Message moved = step("nova_api", "nova_conductor", "pause_instance", StepKind.CAST, "rpcapi.py", 10, "A.pause_instance");
    OperationDiff diff = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(moved, DRIVER));
    assertTrue(diff.changed().isEmpty());
    assertEquals(List.of(PAUSE), diff.removed());
    assertEquals(List.of(moved), diff.added());
    assertEquals(List.of(
        "hop moved: cast pause_instance: nova_api -> nova_compute => nova_api -> nova_conductor",
        "participant added: nova_conductor"),
        CrossServiceSummary.of(diff).stream().map(CrossServiceSummary.Change::text).toList());
  }

  @Test
  void aChangedPairKeepsBothEndsAndASimilarName() {
    Message building = step("nova_compute", "database", "save", StepKind.DB, "manager.py", 30, "M.build");
    Message withLabel = new Message("nova_compute", "database", Arrow.SOLID, Activation.NONE,
        "vm_state = BUILDING\\ntask_state = SPAWNING", StepKind.DB, "save",
        Optional.of(new SourceAnchor("manager.py", 30, "M.build")), Origin.DERIVED, 0);
    Message bdm = new Message("nova_compute", "database", Arrow.SOLID, Activation.NONE, "bdm.save()", StepKind.DB, "save",
        Optional.of(new SourceAnchor("manager.py", 40, "M.add_dev_names")), Origin.DERIVED, 0);
    Message error = new Message("nova_compute_dest", "database", Arrow.SOLID, Activation.NONE, "vm_state = ERROR",
        StepKind.DB, "save", Optional.of(new SourceAnchor("manager.py", 50, "M.fail")), Origin.DERIVED, 0);
    Message spec = new Message("nova_conductor", "database", Arrow.SOLID, Activation.NONE, "RequestSpec.save()",
        StepKind.DB, "save", Optional.of(new SourceAnchor("conductor.py", 50, "C.x")), Origin.DERIVED, 0);
    // Same method "save", different writes: added and removed, never paired.
    OperationDiff diff = WorkflowDiff.compare("x", List.of(PAUSE, withLabel, error, DRIVER), List.of(PAUSE, bdm, spec, DRIVER));
    assertTrue(diff.changed().isEmpty(), diff.changed()::toString);
    assertEquals(List.of(withLabel, error), diff.removed());
    assertEquals(List.of(bdm, spec), diff.added());
    // A renamed RPC between the same services is a change, and the summary's first line.
    Message renamed = step("nova_api", "nova_compute", "pause_instance_v2", StepKind.CAST, "rpcapi.py", 10, "A.pause_instance_v2");
    OperationDiff rename = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER, building), List.of(renamed, DRIVER));
    assertEquals(List.of(new StepChange(PAUSE, renamed)), rename.changed());
    assertEquals(List.of("rpc renamed: cast nova_api -> nova_compute: pause_instance => pause_instance_v2",
        "participant removed: database"),
        CrossServiceSummary.of(rename).stream().map(CrossServiceSummary.Change::text).toList());
  }

  @Test
  void castBecomingCallAddedAndRemovedRpcsAndParticipantsAreSummarised() {
    Message call = step("nova_api", "nova_compute", "pause_instance", StepKind.CALL, "rpcapi.py", 10, "A.pause_instance");
    Message gone = step("nova_compute", "nova_cells", "sync", StepKind.CAST, "manager.py", 40, "M.sync");
    Message fresh = step("nova_compute", "nova_scheduler", "update_instance_info", StepKind.FANOUT, "manager.py", 41, "M.info");
    OperationDiff diff = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER, gone), List.of(call, DRIVER, fresh));
    assertEquals(List.of(
        "rpc kind changed: nova_api -> nova_compute: pause_instance: cast => call",
        "rpc added: fanout nova_compute -> nova_scheduler: update_instance_info",
        "rpc removed: cast nova_compute -> nova_cells: sync",
        "participant added: nova_scheduler",
        "participant removed: nova_cells"),
        CrossServiceSummary.of(diff).stream().map(CrossServiceSummary.Change::text).toList());
  }

  @Test
  void textStartsWithTheSummaryAndKeepsLabelsOnOneLine() {
    Message write = new Message("nova_compute", "database", Arrow.SOLID, Activation.NONE,
        "vm_state = PAUSED\\ntask_state = None", StepKind.DB, "save", Optional.empty(), Origin.DERIVED, 0);
    Message renamed = step("nova_api", "nova_compute", "pause_instance_v2", StepKind.CAST, "rpcapi.py", 10, "A.pause_instance_v2");
    String text = DiffText.write(List.of(
        WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(renamed, DRIVER, write)),
        WorkflowDiff.compare("unpause", List.of(DRIVER), List.of(DRIVER))));
    assertEquals("""
        cross-service changes:
          pause: rpc renamed: cast nova_api -> nova_compute: pause_instance => pause_instance_v2
          pause: participant added: database
          unpause: none

        = pause: 1 added, 0 removed, 1 changed
        ~ nova_api -> nova_compute: pause_instance (cast) @ rpcapi.py A.pause_instance
          nova_api -> nova_compute: pause_instance_v2 (cast) @ rpcapi.py A.pause_instance_v2
        + nova_compute -> database: vm_state = PAUSED, task_state = None (db)
        = unpause: no change
        """, text);
  }

  @Test
  void unrelatedStepsAreAddedAndRemoved() {
    Message db = step("nova_compute", "database", "save", StepKind.DB, "manager.py", 30, "M.pause_instance");
    OperationDiff diff = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(PAUSE, db));
    assertEquals(List.of(DRIVER), diff.removed());
    assertEquals(List.of(db), diff.added());
    assertTrue(diff.changed().isEmpty());
  }
}
