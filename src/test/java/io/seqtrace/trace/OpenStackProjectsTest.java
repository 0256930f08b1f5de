package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.ProjectName;
import io.seqtrace.source.GitSource;
import io.seqtrace.testing.RealRepos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Other OpenStack projects with no configuration: the project is found from its own setup.cfg or
 * pyproject.toml, its services from its console scripts and manager options, its operations from
 * its controllers. Each test runs only when its {@code CINDER_REPO} / {@code MANILA_REPO} names a
 * clone with tags.
 */
class OpenStackProjectsTest {

  private static Analysis load(String env, String ref) throws Exception {
    GitSource source = RealRepos.open(env);
    String name = ProjectName.of(source, source.resolve(ref)).orElseThrow();
    Profile profile = Profile.forProject(name);
    return Analysis.load(source, ref, LoadOptions.defaults().withPathPrefix(profile.sourceRoot()), profile);
  }

  private static String steps(Analysis at, String op) {
    return StepListing.of(at.engine().trace(op).diagram().elements());
  }

  private static void assertHops(String steps, String... hops) {
    for (String hop : hops) {
      assertTrue(steps.contains(hop), () -> "missing '" + hop + "' in:\n" + steps);
    }
  }

  /**
   * Each resource's create and delete is one operation, {@code resource.create}, handled by the
   * given controller ({@code path Class}) and by no other operation in any API version.
   */
  private static void assertListedOnce(Analysis at, Map<String, String> controllers) {
    List<Operation> ops = at.engine().operations();
    controllers.forEach((resource, controller) -> {
      for (String method : List.of("create", "delete")) {
        String handler = controller.substring(controller.indexOf(' ') + 1) + "." + method;
        List<String> handling = ops.stream().filter(op -> op.entry().localName().equals(handler))
            .map(op -> op.name() + " " + op.entry().path() + " " + op.entry().localName()).toList();
        assertEquals(List.of(resource + "." + method + " " + controller + "." + method), handling);
      }
    });
  }

  @Test
  void cinderAtLibertyAndNewest() throws Exception {
    Analysis liberty = load("CINDER_REPO", "7.0.0");
    List<String> names = liberty.engine().operations().stream().map(Operation::name).toList();
    assertTrue(names.containsAll(List.of("volume.create", "volume.delete", "os-extend", "os-attach", "os-retype",
        "os-migrate_volume", "snapshots.create", "backups.create")), names.toString());
    // The profile lists cinder.api: v1 and v2 both have these controllers at 7.0.0, v2 is listed.
    assertListedOnce(liberty, Map.of("volume", "cinder/api/v2/volumes.py VolumeController",
        "snapshots", "cinder/api/v2/snapshots.py SnapshotsController",
        "backups", "cinder/api/contrib/backups.py BackupsController"));
    assertTrue(names.stream().noneMatch(n -> n.startsWith("extended_snapshot_attributes.")), names.toString());
    assertEquals(List.of("cinder_backup", "cinder_scheduler", "cinder_volume"),
        liberty.engine().services().services().stream().map(s -> s.participant()).sorted().toList());
    assertHops(steps(liberty, "volume_extend"), "cinder_api ->> cinder_volume: extend_volume (cast)");
    assertHops(steps(liberty, "volume_create"),
        "cinder_api ->> cinder_scheduler: create_volume (cast)",
        "cinder_scheduler ->> cinder_volume: create_volume (cast)");
    assertHops(steps(liberty, "volume_migrate"),
        "cinder_api ->> cinder_scheduler: migrate_volume_to_host (cast)",
        "cinder_scheduler ->> cinder_volume: migrate_volume (cast)");

    Analysis newest = load("CINDER_REPO", "28.0.0");
    assertListedOnce(newest, Map.of("volume", "cinder/api/v3/volumes.py VolumeController",
        "snapshots", "cinder/api/v3/snapshots.py SnapshotsController",
        "backups", "cinder/api/contrib/backups.py BackupsController"));
    assertHops(steps(newest, "volume_extend"),
        "cinder_api ->> cinder_scheduler: extend_volume (cast)",
        "cinder_scheduler ->> cinder_volume: extend_volume (cast)");
    assertHops(steps(newest, "volume_delete"),
        "cinder_api ->> cinder_volume: delete_volume (cast)",
        "cinder_volume -> lvm: delete_volume (invoke)");
    // create runs TaskFlow flows in the API, the scheduler and the volume service.
    assertHops(steps(newest, "volume_create"),
        "cinder_api ->> cinder_scheduler: create_volume (cast)",
        "cinder_scheduler ->> cinder_volume: create_volume (cast)",
        "cinder_volume -> lvm: create_volume (invoke)");
    assertHops(steps(newest, "volume_extend"), "cinder_volume -> lvm: extend_volume (invoke)");
    assertHops(steps(newest, "volume_attach"), "cinder_api -> cinder_volume: attach_volume (call)");
    assertHops(steps(newest, "volume_retype"),
        "cinder_api ->> cinder_scheduler: retype (cast)",
        "cinder_scheduler ->> cinder_volume: retype (cast)");
    assertHops(steps(newest, "snapshot_create"),
        "cinder_api ->> cinder_scheduler: create_snapshot (cast)",
        "cinder_scheduler ->> cinder_volume: create_snapshot (cast)");
    assertHops(steps(newest, "backup_create"),
        "cinder_api ->> cinder_scheduler: create_backup (cast)",
        "cinder_scheduler ->> cinder_backup: create_backup (cast)");
  }

  @Test
  void manilaNewest() throws Exception {
    Analysis newest = load("MANILA_REPO", "22.0.0");
    assertListedOnce(newest, Map.of("share", "manila/api/v2/shares.py ShareController",
        "share_snapshots", "manila/api/v2/share_snapshots.py ShareSnapshotsController",
        "share_backup", "manila/api/v2/share_backups.py ShareBackupController"));
    assertHops(steps(newest, "share_create"),
        "manila_api ->> manila_scheduler: create_share_instance (cast)",
        "manila_scheduler ->> manila_share: create_share_instance (cast)",
        "manila_share -> share_driver: create_share (invoke)");
    assertHops(steps(newest, "share_extend"), "manila_scheduler ->> manila_share: extend_share (cast)");
  }

  /**
   * Sahara 3.0.0: a Flask route, a module global the API binary's start-up sets to the stevedore
   * driver of the distributed run mode ({@code OPS = RemoteOps()}), an RPC client without
   * prepare routed by its Target topic to the server class the engine binary builds, the plugin
   * from the profile's entry-point default, and the cluster status changes.
   */
  @Test
  void saharaCreateCluster() throws Exception {
    Analysis at = load("SAHARA_REPO", "3.0.0");
    ServiceMap.Service engine = at.engine().services().services().stream()
        .filter(s -> s.participant().equals("sahara_engine")).findFirst().orElseThrow();
    assertEquals(List.of("sahara.service.ops.OpsServer", "sahara-ops"), List.of(engine.manager(), engine.topic()));
    assertEquals(List.of("sahara_engine"), at.engine().services().services().stream().map(s -> s.participant()).toList());
    String full = steps(at, "clusters_create");
    assertHops(full,
        "sahara_api -> database: db.cluster_create() (db)",
        "sahara_api -> plugin: validate (invoke)",
        "sahara_api -> database: status = CLUSTER_STATUS_VALIDATING (db)",
        "sahara_api ->> sahara_engine: provision_cluster (cast)",
        "sahara_engine -> database: status = CLUSTER_STATUS_INFRAUPDATING (db)",
        "sahara_engine -> plugin: update_infra (invoke)",
        "sahara_engine -> infrastructure_engine: create_cluster (invoke)",
        "sahara_engine -> database: status = CLUSTER_STATUS_CONFIGURING (db)",
        "sahara_engine -> plugin: configure_cluster (invoke)",
        "sahara_engine -> database: status = CLUSTER_STATUS_STARTING (db)",
        "sahara_engine -> plugin: start_cluster (invoke)",
        "sahara_engine -> database: status = CLUSTER_STATUS_ACTIVE (db)");
    // The default view keeps the plugin's validation and the status changes, in that order: the
    // API validates, then casts; the engine provisions after the response.
    String shown = StepListing.of(Detail.DEFAULT.apply(at.engine().trace("clusters_create"), Profile.forProject("sahara"))
        .diagram().elements());
    assertHops(shown, "sahara_api -> plugin: validate (invoke)", "sahara_engine -> plugin: start_cluster (invoke)",
        "sahara_engine -> database: status = CLUSTER_STATUS_ACTIVE (db)");
    int validate = full.indexOf("plugin: validate");
    int cast = full.indexOf("provision_cluster (cast)");
    int start = full.indexOf("plugin: start_cluster");
    assertTrue(validate < cast && cast < start, full);
  }
}
