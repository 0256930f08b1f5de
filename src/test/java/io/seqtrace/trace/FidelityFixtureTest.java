package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fidelity idioms of the tracer (issue 9), each reproduced by the mininova 3.0.0 fixture and held
 * to an exact golden step listing: {@code prepare_for_alt_rpcserver} with {@code **params}, a
 * {@code do_cast} constant, determinism, the NotImplementedError fallback, a driver passed as an
 * argument, and failure paths.
 */
class FidelityFixtureTest {

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

  private static String listing(String op) {
    return IdiomFixture.listing(analysis.engine().trace(op));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"resize", "pause", "rebuild", "volume_attach", "live_migrate"})
  void matchesGoldenListing(String op) throws IOException {
    IdiomFixture.assertGolden(op, listing(op));
  }

  // 1. prepare_for_alt_rpcserver(client, server=host, ...) with params = {'server': server, ...}
  // and client.prepare(**params): the host is followed back through the helper to its caller.

  @Test
  void alternateRpcServerHelperKeepsSourceAndDestinationApart() {
    String steps = listing("resize");
    List<String> hops = lines(steps, "(cast)");
    assertEquals(List.of(
        "nova_api ->> nova_conductor: migrate_server (cast) @ nova/conductor/rpcapi.py:48 ComputeTaskAPI.migrate_server",
        "  nova_conductor ->> nova_compute_dest: prep_resize (cast) @ nova/compute/rpcapi.py:165 ComputeAPI.prep_resize",
        "nova_compute_dest ->> nova_compute_src: resize_instance (cast) @ nova/compute/rpcapi.py:201 ComputeAPI.resize_instance",
        "nova_compute_src ->> nova_compute_dest: finish_resize (cast) @ nova/compute/rpcapi.py:114 ComputeAPI.finish_resize"),
        hops);
    // Each step runs on the host its RPC went to.
    assertTrue(steps.contains("nova_compute_src -> libvirt_src: migrate_disk_and_power_off (invoke)"), steps);
    assertTrue(steps.contains("nova_compute_dest -> libvirt_dest: finish_migration (invoke)"), steps);
  }

  @Test
  void alternateRpcServerHelperWithOneHostNamesNoRole() {
    String steps = listing("pause");
    assertTrue(steps.contains(
        "nova_api ->> nova_compute: pause_instance (cast) @ nova/compute/rpcapi.py:137 ComputeAPI.pause_instance\n"), steps);
    assertTrue(steps.contains("nova_compute -> libvirt: pause (invoke)"), steps);
  }

  // 2. do_cast=True passed from compute.api down to `if do_cast: return cctxt.cast(...)`.

  @Test
  void doCastConstantDrawsOnlyTheCast() {
    String steps = listing("resize");
    assertTrue(steps.contains("nova_api ->> nova_conductor: migrate_server (cast)"), steps);
    assertFalse(steps.contains("migrate_server (call)"), steps);
    assertFalse(steps.contains("return migrate_server"), steps);
    // The API answers before the conductor schedules: the cast's handler runs after the response.
    assertTrue(steps.indexOf("nova_api --> client: response") < steps.indexOf("select_destinations (call)"), steps);
  }

  @Test
  void withoutDoCastTheSameClientMethodCalls() {
    String steps = listing("live_migrate");
    assertTrue(steps.contains("nova_api -> nova_conductor: migrate_server (call) @ nova/conductor/rpcapi.py:49"), steps);
    assertTrue(steps.contains("nova_conductor --> nova_api: return migrate_server (reply)"), steps);
    assertFalse(steps.contains("migrate_server (cast)"), steps);
  }

  // 3. Determinism: the shared helper answers per call; nothing traced earlier leaks into a trace.

  @Test
  void listingsDoNotDependOnWhatWasTracedBefore() {
    // live_migrate sends its first message through the shared helper to the source host,
    // resize to the destination: an answer remembered from one would misdirect the other.
    List<String> ops = List.of("resize", "live_migrate", "pause", "volume_attach");
    List<String> forward = traceAll(fixture.analysis(), ops);
    List<String> backward = reversed(traceAll(fixture.analysis(), reversed(ops)));
    for (int i = 0; i < ops.size(); i++) {
      assertEquals(forward.get(i), backward.get(i), ops.get(i) + " traced after other operations differs");
    }
    // The same engine asked twice gives the same answer too.
    for (int i = 0; i < ops.size(); i++) {
      assertEquals(forward.get(i), IdiomFixture.listing(analysis.engine().trace(ops.get(i))), ops.get(i) + " traced again");
    }
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  private static List<String> traceAll(Analysis fresh, List<String> ops) {
    List<String> out = new ArrayList<>();
    for (String op : ops) {
      out.add(IdiomFixture.listing(fresh.engine().trace(op)));
    }
    return out;
  }

  // 4. The configured driver lacks rebuild; the base class raises NotImplementedError and the
  // manager falls back to destroy and spawn.

  @Test
  void notImplementedFallbackDrawsDestroyAndSpawn() {
    String steps = listing("rebuild");
    assertEquals(List.of(
        "nova_compute -> libvirt: destroy (invoke) @ nova/compute/manager.py:367 ComputeManager._rebuild_default_impl",
        "nova_compute -> libvirt: spawn (invoke) @ nova/compute/manager.py:371 ComputeManager._rebuild_default_impl"),
        lines(steps, "(invoke)"));
    assertFalse(steps.contains(": rebuild (invoke)"), steps);
    assertFalse(steps.contains("on failure"), steps);
  }

  // 5. The driver and the volume API are handed to DriverVolumeBlockDevice.attach as arguments.

  @Test
  void driverPassedAsArgumentIsFollowed() {
    TraceResult result = analysis.engine().trace("volume_attach");
    String steps = IdiomFixture.listing(result);
    assertTrue(steps.contains("""
        nova_compute -> libvirt: get_volume_connector (invoke) @ nova/virt/block_device.py:34 DriverVolumeBlockDevice.attach
        nova_compute -> cinder: attachment_update (invoke) @ nova/virt/block_device.py:35 DriverVolumeBlockDevice.attach
        nova_compute -> libvirt: attach_volume (invoke) @ nova/virt/block_device.py:39 DriverVolumeBlockDevice.attach
        nova_compute -> cinder: attachment_complete (invoke) @ nova/virt/block_device.py:42 DriverVolumeBlockDevice.attach
        """), steps);
    assertTrue(result.guesses().contains("nova.virt.block_device.convert_volume() returns "
        + "nova.virt.block_device.DriverVolumeBlockDevice (profile default)"), result.guesses().toString());
  }

  // 6. Failure paths.

  @Test
  void rpcInAnExceptHandlerIsDrawnOnceOnAFailurePath() {
    String steps = listing("live_migrate");
    assertTrue(steps.contains("""
        nova_compute_dest --> nova_compute_src: return pre_live_migration (reply) @ nova/compute/manager.py:511 ComputeManager.pre_live_migration
        opt on failure: except exception.MigrationPreCheckError
          nova_compute_src ->> nova_compute_dest: rollback_live_migration_at_destination (cast) @ nova/compute/rpcapi.py:211 ComputeAPI.rollback_live_migration_at_destination
        end
        """), steps);
    assertEquals(1, lines(steps, "rollback_live_migration_at_destination").size(), steps);
    // On a failure path the message is drawn, not what its receiver then does.
    assertFalse(steps.contains("libvirt_dest: rollback_live_migration_at_destination"), steps);
  }

  @Test
  void recoverMethodCalledByTheDriverIsOnAFailurePath() {
    String steps = listing("live_migrate");
    assertTrue(steps.contains("""
        nova_compute_src -> libvirt_src: live_migration (invoke) @ nova/compute/manager.py:522 ComputeManager.live_migration
        opt on failure: except Exception
          libvirt_src -> nova_compute_src: _rollback_live_migration (invoke) @ nova/virt/libvirt/driver.py:205 LibvirtDriver._live_migration
          nova_compute_src -> database: task_state = None (db) @ nova/compute/manager.py:539 ComputeManager._rollback_live_migration
        end
        libvirt_src -> nova_compute_src: _post_live_migration (invoke)"""), steps);
  }

  @Test
  void rollbackReachedOnBothHostsIsDrawnOnce() {
    String steps = listing("resize");
    assertTrue(steps.contains("""
        opt disk_info is None
          opt on failure: _revert_allocation
            nova_compute_src -> database: status = 'error' (db) @ nova/compute/manager.py:477 ComputeManager._revert_allocation
          end
        end
        """), steps);
    // finish_resize on the destination reaches it again; that branch then draws nothing.
    assertEquals(1, lines(steps, "ComputeManager._revert_allocation").size(), steps);
    assertFalse(steps.contains("not migration.dest_node"), steps);
  }

  @Test
  void rollbackReachedFromTwoHandlersIsDrawnOnce() {
    String steps = listing("create");
    assertEquals(1, lines(steps, "neutron: deallocate_for_instance (invoke)").size(), steps);
  }

  /** The lines of a listing that contain {@code marker}, indentation kept. */
  static List<String> lines(String listing, String marker) {
    return listing.lines().filter(l -> l.contains(marker)).toList();
  }
}
