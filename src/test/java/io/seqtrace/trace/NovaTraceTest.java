package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.testing.RealRepos;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The RPC hops of the seed operations on real Nova: Liberty (12.0.0, Python 2,
 * {@code self.client.prepare}) and 2025.1 (31.0.0, Python 3, {@code self.router.client}).
 * Runs only when {@code NOVA_REPO} names a Nova clone with its tags.
 */
class NovaTraceTest {

  private static GitSource source;
  private static final Map<String, Analysis> ANALYSES = new HashMap<>();

  @BeforeAll
  static void open() {
    source = RealRepos.open("NOVA_REPO");
  }

  @AfterAll
  static void close() {
    Optional.ofNullable(source).ifPresent(GitSource::close);
  }

  private static synchronized String steps(String ref, String op) {
    Analysis analysis = ANALYSES.computeIfAbsent(ref, r -> Analysis.load(source, r, LoadOptions.defaults().withPathPrefix("nova"), Profile.nova()));
    return StepListing.of(analysis.engine().trace(op).diagram().elements());
  }

  private static void assertHops(String steps, String... hops) {
    for (String hop : hops) {
      assertTrue(steps.contains(hop), () -> "missing '" + hop + "' in:\n" + steps);
    }
  }

  @Test
  void pauseAtLiberty() {
    assertHops(steps("12.0.0", "pause"),
        "nova_api ->> nova_compute: pause_instance (cast)",
        "nova_compute -> libvirt: pause (invoke)");
  }

  @Test
  void createAtLiberty() {
    String steps = steps("12.0.0", "create");
    assertHops(steps,
        "nova_api ->> nova_conductor: build_instances (cast)",
        "nova_conductor -> nova_scheduler: select_destinations (call)",
        "nova_conductor ->> nova_compute: build_and_run_instance (cast)",
        "nova_compute -> libvirt: spawn (invoke)");
    assertTrue(steps.indexOf("build_instances (cast)") < steps.indexOf("select_destinations (call)"));
    assertTrue(steps.indexOf("select_destinations (call)") < steps.indexOf("build_and_run_instance (cast)"));
  }

  @Test
  void resizeAtLiberty() {
    assertHops(steps("12.0.0", "resize"),
        "nova_api -> nova_conductor: migrate_server (call)",
        "nova_conductor -> nova_scheduler: select_destinations (call)",
        "nova_conductor ->> nova_compute_dest: prep_resize (cast)",
        "nova_compute_dest ->> nova_compute_src: resize_instance (cast)",
        "nova_compute_src -> libvirt_src: migrate_disk_and_power_off (invoke)",
        "nova_compute_src ->> nova_compute_dest: finish_resize (cast)",
        "nova_compute_dest -> libvirt_dest: finish_migration (invoke)");
  }

  @Test
  void liveMigrateAtLiberty() {
    assertHops(steps("12.0.0", "live_migrate"),
        "nova_api -> nova_conductor: migrate_server (call)",
        "nova_conductor -> nova_compute_dest: check_can_live_migrate_destination (call)",
        "nova_compute_dest -> nova_compute_src: check_can_live_migrate_source (call)",
        "nova_conductor ->> nova_compute_src: live_migration (cast)",
        "nova_compute_src -> nova_compute_dest: pre_live_migration (call)",
        "nova_compute_src -> libvirt_src: live_migration (invoke)",
        "libvirt_src -> nova_compute_src: _post_live_migration (invoke)",
        "nova_compute_src ->> nova_compute_dest: post_live_migration_at_destination (cast)");
  }

  @Test
  void stateOnlyOperationsHaveNoRpc() {
    for (String ref : List.of("12.0.0", "31.0.0")) {
      for (String op : List.of("lock", "unlock", "reset_state", "rename")) {
        String steps = steps(ref, op);
        assertFalse(steps.contains("(cast)") || steps.contains("(call)"), op + " at " + ref + ":\n" + steps);
        assertTrue(steps.contains("nova_api -> database:"), op + " at " + ref + ":\n" + steps);
      }
    }
  }

  @Test
  void pauseAndCreateAtEpoxy() {
    assertHops(steps("31.0.0", "pause"),
        "nova_api ->> nova_compute: pause_instance (cast)",
        "nova_compute -> libvirt: pause (invoke)");
    assertHops(steps("31.0.0", "create"),
        "nova_api ->> nova_conductor: schedule_and_build_instances (cast)",
        "nova_conductor -> nova_scheduler: select_destinations (call)",
        "nova_conductor ->> nova_compute: build_and_run_instance (cast)");
  }

  @Test
  void liveMigrateAtEpoxy() {
    assertHops(steps("31.0.0", "live_migrate"),
        "nova_conductor -> nova_compute_dest: check_can_live_migrate_destination (call)",
        "nova_compute_dest -> nova_compute_src: check_can_live_migrate_source (call)",
        "nova_conductor ->> nova_compute_src: live_migration (cast)",
        "nova_compute_src -> nova_compute_dest: pre_live_migration (call)");
  }

  /**
   * Extenders ({@code @wsgi.extends} with {@code resp_obj}: 41 at 12.0.0, none left by 31.0.0) add
   * to another controller's response and are not operations; every alias of the profile is still
   * found.
   */
  @Test
  void catalogsHoldNoExtendersAndEveryAlias() {
    for (String ref : List.of("12.0.0", "31.0.0")) {
      OperationCatalog catalog;
      synchronized (NovaTraceTest.class) {
        catalog = ANALYSES.computeIfAbsent(ref, r -> Analysis.load(source, r, LoadOptions.defaults(), Profile.nova()))
            .engine().catalog();
      }
      assertEquals(ref.equals("12.0.0") ? 218 : 230, catalog.operations().size(), ref);
      for (String extender : List.of("access_ips.show", "extended_status.detail", "keypairs.show", "used_limits.index")) {
        assertTrue(catalog.byName(extender).isEmpty(), ref + " " + extender);
      }
      assertTrue(catalog.byName("servers.show").isPresent() && catalog.byName("limits.index").isPresent(), ref);
      Profile.nova().aliases().keySet().forEach(alias -> assertTrue(catalog.find(alias).isPresent(), ref + " " + alias));
    }
  }

  @Test
  void everyOperationTracesAtLiberty() {
    Analysis analysis = ANALYSES.computeIfAbsent("12.0.0", r -> Analysis.load(source, r, LoadOptions.defaults().withPathPrefix("nova"), Profile.nova()));
    for (Operation op : analysis.engine().operations()) {
      TraceResult result = analysis.engine().trace(op);
      assertFalse(result.diagram().elements().isEmpty(), op.name());
    }
    assertTrue(analysis.engine().operations().size() > 150, "operations: " + analysis.engine().operations().size());
  }
}
