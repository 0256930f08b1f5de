package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three levels of detail of one derived workflow, on the fixture's pause and live migration. */
class DetailTest {
  private static IdiomFixture fixture;
  private static Analysis analysis;

  @BeforeAll
  static void open() {
    fixture = IdiomFixture.open();
    analysis = fixture.analysis();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static String at(Detail detail, String op) {
    return IdiomFixture.listing(detail.apply(analysis.engine().trace(op), Profile.nova()));
  }

  @Test
  void rpcIsTheWhiteboardSkeleton() {
    assertEquals("""
        client -> nova_api: pause (request) @ nova/api/openstack/compute/pause_server.py:20 PauseServerController._pause
        nova_api ->> nova_compute: pause_instance (cast) @ nova/compute/rpcapi.py:137 ComputeAPI.pause_instance
        nova_api --> client: response (response) @ nova/api/openstack/compute/pause_server.py:33 PauseServerController._pause
        """, at(Detail.RPC, "pause"));
  }

  @Test
  void defaultAddsDriverStateChangesAndNotifications() {
    assertEquals("""
        client -> nova_api: pause (request) @ nova/api/openstack/compute/pause_server.py:20 PauseServerController._pause
        nova_api -> database: task_state = PAUSING (db) @ nova/compute/api.py:157 API.pause
        nova_api ->> nova_compute: pause_instance (cast) @ nova/compute/rpcapi.py:137 ComputeAPI.pause_instance
        nova_api --> client: response (response) @ nova/api/openstack/compute/pause_server.py:33 PauseServerController._pause
        nova_compute -> nova_compute: pause.start (notify) @ nova/compute/manager.py:237 ComputeManager.pause_instance
        nova_compute -> libvirt: pause (invoke) @ nova/compute/manager.py:239 ComputeManager.pause_instance
        nova_compute -> database: vm_state = PAUSED\\ntask_state = None (db) @ nova/compute/manager.py:242 ComputeManager.pause_instance
        nova_compute -> nova_compute: pause.end (notify) @ nova/compute/manager.py:243 ComputeManager.pause_instance
        """, at(Detail.DEFAULT, "pause"));
  }

  @Test
  void fullIsEverythingTheTracerFound() {
    String full = at(Detail.FULL, "pause");
    assertEquals(IdiomFixture.listing(analysis.engine().trace("pause")), full);
    assertTrue(full.contains("nova_api -> nova_api: check instance lock (note)"), full);
    assertTrue(full.contains("nova_api -> database: InstanceAction.action_start() (db)"), full);
  }

  @Test
  void levelsOnlyEverDropSteps() {
    int rpc = at(Detail.RPC, "live_migrate").split("\n").length;
    int normal = at(Detail.DEFAULT, "live_migrate").split("\n").length;
    int full = at(Detail.FULL, "live_migrate").split("\n").length;
    assertTrue(rpc < normal && normal < full, rpc + " < " + normal + " < " + full);
    assertTrue(at(Detail.RPC, "live_migrate").contains("nova_conductor ->> nova_compute_src: live_migration (cast)"));
  }

  @Test
  void levelNamesAreTheOptionsValues() {
    assertEquals(Detail.RPC, Detail.parse("rpc"));
    assertEquals(Detail.DEFAULT, Detail.parse("DEFAULT"));
    assertEquals("full", Detail.FULL.toString());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Detail.parse("some"));
    assertEquals("--detail must be rpc, default or full, not 'some'", bad.getMessage());
  }

  @Test
  void anAsAboveNoteOnALifelineWithNoArrowLeftGoesWithItsFragments() {
    io.seqtrace.sequence.Element.Message asAbove = new io.seqtrace.sequence.Element.Message("share_driver", "share_driver",
        io.seqtrace.sequence.Element.Arrow.SOLID, io.seqtrace.sequence.Element.Activation.NONE,
        "as above: GenericShareDriver._create_share()", io.seqtrace.sequence.Element.StepKind.NOTE, "_create_share",
        java.util.Optional.empty(), io.seqtrace.sequence.Element.Origin.DERIVED, 0);
    io.seqtrace.sequence.Element.Message invoke = new io.seqtrace.sequence.Element.Message("manila_share", "share_driver",
        io.seqtrace.sequence.Element.Arrow.SOLID, io.seqtrace.sequence.Element.Activation.NONE, "create_share",
        io.seqtrace.sequence.Element.StepKind.INVOKE, "create_share", java.util.Optional.empty(),
        io.seqtrace.sequence.Element.Origin.DERIVED, 0);
    io.seqtrace.sequence.Element.Message cast = new io.seqtrace.sequence.Element.Message("manila_scheduler", "manila_share",
        io.seqtrace.sequence.Element.Arrow.SOLID_OPEN, io.seqtrace.sequence.Element.Activation.NONE, "create_share_instance",
        io.seqtrace.sequence.Element.StepKind.CAST, "create_share_instance", java.util.Optional.empty(),
        io.seqtrace.sequence.Element.Origin.DERIVED, 0);
    java.util.List<io.seqtrace.sequence.Element> elements = java.util.List.of(cast, invoke,
        new io.seqtrace.sequence.Element.Fragment("opt", java.util.List.of(new io.seqtrace.sequence.Element.Branch(
            "otherwise", java.util.List.of(asAbove), 0)), io.seqtrace.sequence.Element.Origin.DERIVED, 0, 0));
    TraceResult result = new TraceResult(analysis.engine().operations().get(0),
        new io.seqtrace.sequence.Diagram("share_create", java.util.List.of(), elements), java.util.List.of(), java.util.List.of(), false);
    // rpc keeps the cast only: the driver's lifeline, its note and the opt around it go.
    assertEquals("manila_scheduler ->> manila_share: create_share_instance (cast)\n",
        IdiomFixture.listing(Detail.RPC.apply(result, Profile.forProject("manila"))));
    // default keeps the driver's call, so the note that refers back to it stays.
    assertTrue(IdiomFixture.listing(Detail.DEFAULT.apply(result, Profile.forProject("manila")))
        .contains("opt otherwise\n  share_driver -> share_driver: as above"));
  }
}
