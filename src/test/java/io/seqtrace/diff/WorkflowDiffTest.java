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
  void hopMovedToAnotherServiceIsAChange() {
    Message moved = step("nova_api", "nova_conductor", "pause_instance", StepKind.CAST, "rpcapi.py", 10, "A.pause_instance");
    OperationDiff diff = WorkflowDiff.compare("pause", List.of(PAUSE, DRIVER), List.of(moved, DRIVER));
    assertEquals(List.of(new StepChange(PAUSE, moved)), diff.changed());
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
