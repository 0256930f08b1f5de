package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.testing.TestRepos;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Traces the operations of the mininova fixture (our own Nova-shaped tree, in git with tags
 * 1.0.0 and 2.0.0) and compares each with its golden step listing in
 * {@code src/test/resources/trace/<version>/<op>.txt}. A missing golden is written and the test
 * fails, asking for review.
 */
class FixtureTraceTest {

  private static final Path GOLDEN = Path.of("src/test/resources/trace");
  private static final List<String> OPS = List.of("pause", "unpause", "create", "delete", "lock", "unlock",
      "rename", "reset_state", "reboot", "start", "stop", "resize", "live_migrate", "migrate", "shelve",
      "unshelve", "snapshot");
  private static final Map<String, Analysis> ANALYSES = new HashMap<>();
  private static GitSource source;
  private static Path repoDir;

  @BeforeAll
  static void buildRepository() throws IOException {
    repoDir = Files.createTempDirectory("seqtrace-fixture");
    TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), repoDir.resolve("repo.git"));
    source = GitSource.open(repoDir.resolve("repo.git").toString(), repoDir.resolve("cache"), ProgressSink.NONE);
  }

  @AfterAll
  static void close() {
    source.close();
  }

  private static synchronized Analysis at(String ref) {
    return ANALYSES.computeIfAbsent(ref, r -> Analysis.load(source, r, LoadOptions.defaults().withPathPrefix("nova").withThreads(2), Profile.nova()));
  }

  static Stream<Arguments> cases() {
    return Stream.of("1.0.0", "2.0.0").flatMap(v -> OPS.stream().map(op -> Arguments.of(v, op)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesGoldenListing(String version, String op) throws IOException {
    TraceResult result = at(version).engine().trace(op);
    String actual = StepListing.of(result.diagram().elements());
    Path golden = GOLDEN.resolve(version).resolve(op + ".txt");
    if (!Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  private static String listing(String version, String op) {
    return StepListing.of(at(version).engine().trace(op).diagram().elements());
  }

  @Test
  void pauseCastsToComputeWhichPausesTheGuest() {
    String steps = listing("1.0.0", "pause");
    assertTrue(steps.contains("nova_api ->> nova_compute: pause_instance (cast) @ nova/compute/rpcapi.py"), steps);
    assertTrue(steps.contains("nova_compute -> libvirt: pause (invoke)"), steps);
    assertTrue(steps.contains("nova_api -> database: task_state = PAUSING (db)"), steps);
  }

  @Test
  void createBuildsThroughConductorAndScheduler() {
    String v1 = listing("1.0.0", "create");
    assertTrue(v1.contains("nova_api ->> nova_conductor: build_instances (cast)"), v1);
    assertTrue(v1.contains("nova_conductor -> nova_scheduler: select_destinations (call)"), v1);
    assertTrue(v1.contains("nova_scheduler --> nova_conductor: return select_destinations (reply)"), v1);
    assertTrue(v1.contains("nova_conductor ->> nova_compute: build_and_run_instance (cast)"), v1);
    assertTrue(v1.contains("nova_compute -> libvirt: spawn (invoke)"), v1);
    String v2 = listing("2.0.0", "create");
    assertTrue(v2.contains("nova_api ->> nova_conductor: schedule_and_build_instances (cast)"), v2);
  }

  @Test
  void stateOnlyOperationsMakeNoRpc() {
    for (String op : List.of("lock", "unlock", "reset_state", "rename")) {
      for (String version : List.of("1.0.0", "2.0.0")) {
        String steps = listing(version, op);
        assertTrue(!steps.contains("(cast)") && !steps.contains("(call)"), op + " at " + version + ":\n" + steps);
        assertTrue(steps.contains("nova_api -> database:"), op + " at " + version + ":\n" + steps);
      }
    }
  }

  @Test
  void liveMigrationInvolvesSourceAndDestinationHosts() {
    String steps = listing("1.0.0", "live_migrate");
    assertTrue(steps.contains("nova_conductor -> nova_compute_dest: check_can_live_migrate_destination (call)"), steps);
    assertTrue(steps.contains("nova_compute_dest -> nova_compute_src: check_can_live_migrate_source (call)"), steps);
    assertTrue(steps.contains("nova_conductor ->> nova_compute_src: live_migration (cast)"), steps);
    assertTrue(steps.contains("nova_compute_src -> nova_compute_dest: pre_live_migration (call)"), steps);
    assertTrue(steps.contains("libvirt_src -> nova_compute_src: _post_live_migration (invoke)"), steps);
    assertTrue(steps.contains("nova_compute_src ->> nova_compute_dest: post_live_migration_at_destination (cast)"), steps);
  }

  @Test
  void resizeHopsBetweenDestinationAndSource() {
    String steps = listing("1.0.0", "resize");
    int prep = steps.indexOf("nova_conductor ->> nova_compute_dest: prep_resize (cast)");
    int resize = steps.indexOf("nova_compute_dest ->> nova_compute_src: resize_instance (cast)");
    int finish = steps.indexOf("nova_compute_src ->> nova_compute_dest: finish_resize (cast)");
    assertTrue(prep > 0 && resize > prep && finish > resize, steps);
  }

  @Test
  void deleteFollowsTheCallbackPassedAsAValue() {
    String steps = listing("1.0.0", "delete");
    assertTrue(steps.contains("nova_api ->> nova_compute: terminate_instance (cast)"), steps);
  }

  @Test
  void shelveBranchesOnVolumeBackedInstances() {
    String steps = listing("1.0.0", "shelve");
    assertTrue(steps.contains("alt self.is_volume_backed_instance(context, instance)"), steps);
    assertTrue(steps.contains("nova_api ->> nova_compute: shelve_offload_instance (cast)"), steps);
    assertTrue(steps.contains("nova_api ->> nova_compute: shelve_instance (cast)"), steps);
  }

  @Test
  void guessesAreReported() {
    TraceResult pause = at("1.0.0").engine().trace("pause");
    assertEquals(List.of("option compute_driver = libvirt.LibvirtDriver (profile default)"), pause.guesses());
  }

  @Test
  void servicesAreDerivedFromSetupCfgAndManagerOptions() {
    List<String> services = at("1.0.0").engine().services().services().stream()
        .map(s -> s.participant() + "=" + s.manager()).toList();
    assertEquals(List.of("nova_compute=nova.compute.manager.ComputeManager",
        "nova_conductor=nova.conductor.manager.ConductorManager",
        "nova_scheduler=nova.scheduler.manager.SchedulerManager"), services);
  }

  @Test
  void operationsAreFoundByApiNameAndAlias() {
    OperationCatalog catalog = at("1.0.0").engine().catalog();
    assertEquals("os-migrateLive", catalog.find("live_migrate").orElseThrow().name());
    assertEquals("os-migrateLive", catalog.find("os-migrateLive").orElseThrow().name());
    assertEquals("servers.create", catalog.find("create").orElseThrow().name());
    assertTrue(catalog.find("no-such-op").isEmpty());
  }
}
