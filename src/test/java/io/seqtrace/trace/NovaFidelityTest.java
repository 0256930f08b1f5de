package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.testing.RealRepos;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Fidelity at Liberty, 2025.1 and the newest release: the two compute hosts of a move told apart
 * at every tag (Nova 33 sends them through {@code prepare_for_alt_rpcserver(**params)}), the
 * API's cast of {@code migrate_server} from 31.0.0 on ({@code do_cast=True}), placement, the
 * driver fallbacks and other services' APIs, and traces that do not depend on what else was
 * traced. Runs only when {@code NOVA_REPO} names a Nova clone with its tags.
 */
class NovaFidelityTest {

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

  private static synchronized Analysis at(String ref) {
    return ANALYSES.computeIfAbsent(ref, r -> Analysis.load(source, r, LoadOptions.defaults().withPathPrefix("nova"), Profile.nova()));
  }

  private static String steps(String ref, String op) {
    return StepListing.of(at(ref).engine().trace(op).diagram().elements());
  }

  private static void assertHops(String steps, String... hops) {
    for (String hop : hops) {
      assertTrue(steps.contains(hop), () -> "missing '" + hop + "' in:\n" + steps);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.0.0", "31.0.0", "33.0.0"})
  void resizeAndMigrateUseBothHosts(String ref) {
    for (String op : new String[] {"resize", "migrate"}) {
      assertHops(steps(ref, op),
          "nova_conductor ->> nova_compute_dest: prep_resize (cast)",
          "nova_compute_dest ->> nova_compute_src: resize_instance (cast)",
          "nova_compute_src -> libvirt_src: migrate_disk_and_power_off (invoke)",
          "nova_compute_src ->> nova_compute_dest: finish_resize (cast)",
          "nova_compute_dest -> libvirt_dest: finish_migration (invoke)");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.0.0", "31.0.0", "33.0.0"})
  void liveMigrateUsesBothHosts(String ref) {
    String steps = steps(ref, "live_migrate");
    assertHops(steps,
        "nova_conductor -> nova_compute_dest: check_can_live_migrate_destination (call)",
        "nova_compute_dest -> nova_compute_src: check_can_live_migrate_source (call)",
        "nova_conductor ->> nova_compute_src: live_migration (cast)",
        "nova_compute_src -> nova_compute_dest: pre_live_migration (call)",
        "nova_compute_src -> libvirt_src: live_migration (invoke)",
        "nova_compute_dest -> libvirt_dest: post_live_migration_at_destination (invoke)");
    assertTrue(steps.contains("nova_compute_src ->> nova_compute_dest: post_live_migration_at_destination (cast)")
        || steps.contains("nova_compute_src -> nova_compute_dest: post_live_migration_at_destination (call)"), steps);
    assertFalse(steps.contains("nova_compute ->") || steps.contains("-> nova_compute:"), steps);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31.0.0", "33.0.0"})
  void theApiCastsMigrateServerFrom31(String ref) {
    for (String op : new String[] {"resize", "migrate", "live_migrate"}) {
      String steps = steps(ref, op);
      assertFalse(steps.contains("nova_api -> nova_conductor: migrate_server (call)"), steps);
    }
    assertHops(steps(ref, "resize"), "nova_api ->> nova_conductor: migrate_server (cast)");
    assertHops(steps(ref, "live_migrate"), "nova_api ->> nova_conductor: live_migrate_instance (cast)");
  }

  @Test
  void placementAt33() {
    assertHops(steps("33.0.0", "create"),
        "nova_scheduler -> placement: GET /allocation_candidates (http)",
        "nova_scheduler -> placement: PUT /allocations/{consumer_uuid} (http)");
    assertHops(steps("33.0.0", "live_migrate"), "nova_conductor -> placement: POST /allocations (http)");
    assertHops(steps("33.0.0", "resize"), "-> placement: ");
  }

  @Test
  void otherServicesAndDriverFallbacksAt33() {
    assertHops(steps("33.0.0", "snapshot"), "nova_api -> glance: create (invoke)");
    // compute_utils.create_image(..., self.image_api): a helper handed the image API is followed.
    assertHops(steps("33.0.0", "backup"), "nova_api -> glance: create (invoke)");
    assertHops(steps("33.0.0", "shelve"), "nova_api -> glance: create (invoke)");
    assertHops(steps("33.0.0", "volume_attach"),
        "nova_api -> cinder: attachment_create (invoke)",
        "nova_conductor -> cinder: attachment_create (invoke)");
    assertHops(steps("33.0.0", "volume_attach"),
        "nova_compute -> cinder: attachment_update (invoke)",
        "nova_compute -> cinder: attachment_complete (invoke)",
        "nova_compute -> libvirt: attach_volume (invoke)");
    assertHops(steps("33.0.0", "live_migrate"), "-> neutron: bind_ports_to_host (invoke)");
    String rebuild = steps("33.0.0", "rebuild");
    assertHops(rebuild, "nova_compute -> libvirt: destroy (invoke)", "nova_compute -> libvirt: spawn (invoke)");
    assertFalse(rebuild.contains("-> libvirt: rebuild (invoke)"), rebuild);
  }

  @Test
  void aTraceDoesNotDependOnWhatWasTracedBefore() {
    Analysis one = Analysis.load(source, "33.0.0", LoadOptions.defaults().withPathPrefix("nova"), Profile.nova());
    String revertFirst = StepListing.of(one.engine().trace("revertResize").diagram().elements());
    String deleteSecond = StepListing.of(one.engine().trace("servers.delete").diagram().elements());
    Analysis two = Analysis.load(source, "33.0.0", LoadOptions.defaults().withPathPrefix("nova"), Profile.nova());
    String deleteFirst = StepListing.of(two.engine().trace("servers.delete").diagram().elements());
    String revertSecond = StepListing.of(two.engine().trace("revertResize").diagram().elements());
    assertEquals(deleteFirst, deleteSecond);
    assertEquals(revertFirst, revertSecond);
  }
}
