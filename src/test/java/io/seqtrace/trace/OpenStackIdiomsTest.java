package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The idioms of Cinder and Sahara (issue 12), one test each, on the minicloud fixture: {@code
 * super()} into a manager's base class, Cinder's {@code _get_cctxt(host).cast(...)}, an RPC method
 * name chosen by {@code can_send_version}, constants from literals, subscripts and a star import,
 * a configuration object with {@code __getattr__} naming the driver, TaskFlow flows, and Sahara's
 * RPC client and server without {@code prepare}, chosen through stevedore. What each operation
 * should draw is written down in {@code fixtures/minicloud/EXPECTED.md}.
 */
class OpenStackIdiomsTest {

  private static CloudFixture fixture;
  private static Analysis analysis;

  @BeforeAll
  static void open() {
    fixture = CloudFixture.open();
    analysis = fixture.analysis();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static String listing(String op) {
    return CloudFixture.listing(analysis.engine().trace(op));
  }

  private static List<String> hops(String op) {
    return CloudFixture.hops(listing(op));
  }

  /** The operations whose every hop the tracer follows today, held to exact golden listings. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"volume_delete", "volume_extend", "volume_retype"})
  void matchesGoldenListing(String op) throws IOException {
    CloudFixture.assertGolden(op, listing(op));
  }

  @Test
  void operationsAndServicesComeFromTheCode() {
    assertEquals(List.of("clusters_create", "clusters_list", "os-attach", "os-extend", "os-retype",
            "volume.create", "volume.delete"),
        analysis.engine().operations().stream().map(Operation::name).toList());
    // Managers from option defaults, or the RPC server class the binary's main builds; the topic
    // each listens on from Service.create(topic=...) or the server's Target.
    assertEquals(List.of(
            "minicloud_engine minicloud.service.ops.OpsServer minicloud-ops (server built by its main "
                + "(minicloud/cmd/engine.py:11), topic minicloud-ops)",
            "minicloud_scheduler minicloud.scheduler.manager.SchedulerManager minicloud-scheduler (option "
                + "scheduler_manager, topic minicloud-scheduler from Service.create in its main (minicloud/cmd/scheduler.py:12))",
            "minicloud_volume minicloud.volume.manager.VolumeManager minicloud-volume (option volume_manager, "
                + "topic minicloud-volume from Service.create in its main (minicloud/cmd/volume.py:12))"),
        analysis.engine().services().services().stream()
            .map(s -> s.participant() + " " + s.manager() + " " + s.topic() + " (" + s.derivedFrom().replaceAll(".* \\+ ", "") + ")")
            .toList());
    assertEquals("minicloud_api", analysis.engine().services().apiParticipant());
  }

  @Test
  void listingsDoNotDependOnWhatWasTracedBefore() {
    List<String> ops = List.of("volume_create", "volume_delete", "volume_extend", "volume_retype", "volume_attach",
        "cluster_create");
    Analysis fresh = fixture.analysis();
    List<String> backward = new java.util.ArrayList<>(ops);
    java.util.Collections.reverse(backward);
    for (String op : backward) {
      fresh.engine().trace(op);
    }
    for (String op : ops) {
      assertEquals(listing(op), CloudFixture.listing(fresh.engine().trace(op)), op);
    }
  }

  /** The fixture is real Python 3: every file compiles (on a copy, so no __pycache__ lands in the tree). */
  @Test
  void everyFixtureFileCompilesWithPython3(@TempDir Path copy) throws Exception {
    Process probe;
    try {
      probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
    } catch (IOException e) {
      probe = null;
    }
    Assumptions.assumeTrue(probe != null && probe.waitFor() == 0,
        "skipped: no python3 on PATH to compile fixtures/minicloud with (install python3 to run this check)");
    Path tree = Path.of("fixtures/minicloud", CloudFixture.VERSION);
    try (var files = Files.walk(tree)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(tree.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    Process compile = new ProcessBuilder("python3", "-m", "compileall", "-q", copy.toString())
        .redirectErrorStream(true).start();
    String output = new String(compile.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, compile.waitFor(), output);
    assertEquals("", output);
  }

  // a. super() and super(Cls, self): the manager reaches methods of its base classes, and a base
  // class's own super() goes on up the MRO of the manager.

  @Test
  void superCallsReachTheManagersBaseClasses() {
    assertEquals(List.of(
        "minicloud_volume -> database: status = 'extending' (db) @ minicloud/manager.py:29 CleanableManager.begin_resource",
        "minicloud_volume -> lvm: extend_volume (invoke) @ minicloud/volume/manager.py:39 VolumeManager.extend_volume",
        "minicloud_volume -> database: status = 'available' (db) @ minicloud/manager.py:16 Manager.finish_resource"),
        FidelityFixtureTest.lines(listing("volume_extend"), "minicloud_volume -> "));
  }

  // b. Cinder's helper: self._get_cctxt(host) wraps self.client.prepare(server=host, ...), and the
  // cast goes through what it returns.

  @Test
  void castThroughTheGetCctxtHelperReachesTheVolumeManager() {
    assertEquals(List.of(
        "client -> minicloud_api: volume.delete (request)",
        "minicloud_api -> database: status = 'deleting' (db)",
        "minicloud_api ->> minicloud_volume: delete_volume (cast)",
        "minicloud_api --> client: response (response)",
        "minicloud_volume -> lvm: delete_volume (invoke)",
        "minicloud_volume -> database: Volume.destroy() (db)"),
        hops("volume_delete"));
    assertTrue(listing("volume_delete").contains(
        "minicloud_api ->> minicloud_volume: delete_volume (cast) @ minicloud/volume/rpcapi.py:20 VolumeAPI.delete_volume\n"));
  }

  // c. method = 'retype_v2' if self.client.can_send_version('2.1') else 'retype'; then
  // cctxt.cast(ctxt, method, ...): the newest name is sent and its handler runs.

  @Test
  void methodNameChosenByCanSendVersionIsTheNewest() {
    String steps = listing("volume_retype");
    assertEquals(List.of(
        "minicloud_api ->> minicloud_scheduler: retype_v2 (cast) @ minicloud/scheduler/rpcapi.py:19 SchedulerAPI.retype",
        "minicloud_scheduler ->> minicloud_volume: retype (cast) @ minicloud/volume/rpcapi.py:28 VolumeAPI.retype"),
        FidelityFixtureTest.lines(steps, "(cast)"));
    assertFalse(steps.contains("alt "), steps);
  }

  @Test
  void canSendVersionAssumptionIsReportedAsAGuess() {
    assertEquals(List.of("RPC clients can send the newest version (no version pins)"),
        analysis.engine().trace("volume_retype").guesses());
  }

  // d. `in` over a literal tuple, a subscript of a module-level dict of constants, and a name
  // supplied by `from minicloud.common.constants import *`.

  @Test
  void membershipOfALiteralTupleDecidesABranch() {
    // action in ('attach', 'reserve') with action = 'attach': the state is set, not an opt block.
    assertTrue(listing("volume_attach").startsWith("""
        client -> minicloud_api: os-attach (request) @ minicloud/api/v2/volumes.py:42 VolumeController._attach
        minicloud_api -> database: status = 'attaching' (db) @ minicloud/volume/actions.py:15 send
        """), listing("volume_attach"));
  }

  @Test
  void subscriptAndStarImportNameTheRpcAndItsKind() {
    assertEquals(List.of(
        "client -> minicloud_api: os-attach (request)",
        "minicloud_api -> database: status = 'attaching' (db)",
        "minicloud_api -> minicloud_volume: attach_volume (call)",
        "minicloud_volume -> lvm: attach_volume (invoke)",
        "minicloud_volume -> database: status = 'in-use' (db)",
        "minicloud_volume --> minicloud_api: return attach_volume (reply)",
        "minicloud_api --> client: response (response)"),
        hops("volume_attach"));
    assertFalse(listing("volume_attach").contains("alt "), listing("volume_attach"));
  }

  // e. self.configuration is a Configuration whose __getattr__ reads CONF; the driver is
  // importutils.import_object(self.configuration.volume_driver), the cfg.StrOpt's default.

  @Test
  void configurationGetattrAndImportObjectLoadTheDefaultDriver() {
    Evaluator ev = new Evaluator(analysis.engine().index(), CloudFixture.profile());
    Value manager = new Value.Instance(analysis.engine().index().cls("minicloud.volume.manager.VolumeManager").orElseThrow(), "");
    Value driver = ev.member(manager, "driver");
    assertEquals("minicloud.volume.drivers.lvm.LVMVolumeDriver", assertInstanceOf(Value.Instance.class, driver).cls().qname());
    assertTrue(listing("volume_delete").contains(
        "minicloud_volume -> lvm: delete_volume (invoke) @ minicloud/volume/manager.py:34 VolumeManager.delete_volume\n"));
    // The driver comes from the code's own option default, not from the profile: no guess.
    assertEquals(List.of(), analysis.engine().trace("volume_delete").guesses());
  }

  // f. TaskFlow: linear_flow.Flow(...), tasks added, taskflow.engines.load(flow).run() runs each
  // task's execute in order.

  @Test
  void flowBuiltStatementByStatementRunsEachTask() {
    assertEquals(List.of(
        "client -> minicloud_api: volume.create (request)",
        "minicloud_api -> database: Volume.create() (db)",
        "minicloud_api ->> minicloud_scheduler: create_volume (cast)",
        "minicloud_api --> client: response (response)",
        "minicloud_scheduler ->> minicloud_volume: create_volume (cast)"),
        hops("volume_create").subList(0, 5));
    assertTrue(listing("volume_create").contains(
        "minicloud_api -> database: Volume.create() (db) @ minicloud/volume/flows/api/create_volume.py:16 EntryCreateTask.execute\n"
        + "minicloud_api ->> minicloud_scheduler: create_volume (cast) @ minicloud/scheduler/rpcapi.py:13 SchedulerAPI.create_volume\n"));
  }

  @Test
  void flowBuiltInOneExpressionRunsEachTask() {
    assertEquals(List.of(
        "client -> minicloud_api: volume.create (request)",
        "minicloud_api -> database: Volume.create() (db)",
        "minicloud_api ->> minicloud_scheduler: create_volume (cast)",
        "minicloud_api --> client: response (response)",
        "minicloud_scheduler ->> minicloud_volume: create_volume (cast)",
        "minicloud_volume -> lvm: create_volume (invoke)",
        "minicloud_volume -> database: status = 'available' (db)"),
        hops("volume_create"));
  }

  // g. Sahara: RemoteOps(rpc_utils.RPCClient) casts with self.cast('provision', ...) through a bare
  // oslo_messaging.RPCClient; OpsServer(rpc_utils.RPCServer) serves topic minicloud-ops in the
  // minicloud-engine binary; OPS is set by setup_service_api(_load_driver('minicloud.run.mode',
  // 'distributed')), a stevedore driver that setup.cfg names; the API is a Flask-style route.

  @Test
  void engineServiceServesTheOpsTopic() {
    assertEquals(List.of("minicloud_engine", "minicloud_scheduler", "minicloud_volume"),
        analysis.engine().services().services().stream().map(ServiceMap.Service::participant).sorted().toList());
  }

  @Test
  void remoteOpsCastReachesTheEngine() {
    assertEquals(List.of(
        "client -> minicloud_api: clusters_create (request)",
        "minicloud_api -> database: db.cluster_create() (db)",
        "minicloud_api ->> minicloud_engine: provision (cast)",
        "minicloud_api --> client: response (response)",
        "minicloud_engine -> database: status = 'Active' (db)"),
        hops("cluster_create"));
  }
}
