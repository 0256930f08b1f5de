package io.seqtrace.merge;

import static io.seqtrace.merge.Steps.functions;
import static io.seqtrace.merge.Steps.self;
import static io.seqtrace.merge.Steps.staleAt;
import static io.seqtrace.merge.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.merge.StaleLines.StaleLine;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Flattened;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Participant;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergerTest {
  private static final String PAUSE = """
      title pause a server
      participant client
      participant nova_api

      client->nova_api: pause
      activate nova_api
      # nova/compute/api.py pause()
      note over nova_api: check instance lock
      nova_api->database: task_state = PAUSING
      database->nova_api: done
      # nova/compute/rpcapi.py pause_instance()
      nova_api->nova_compute: pause_instance
      deactivate nova_api

      # nova/compute/manager.py pause_instance()
      note over nova_compute: notify: pause.start
      nova_compute->libvirt: pause
      libvirt->nova_compute: done
      nova_compute->database: vm_state = PAUSED
      """;

  private static Diagram derivedPause() {
    return new Diagram("pause", List.of(), List.of(
        step(StepKind.REQUEST, "client", "nova_api", "pause", "nova/api/openstack/compute/pause_server.py", "PauseController._pause"),
        self(StepKind.NOTE, "nova_api", "check policy", "nova/compute/api.py", "API.pause"),
        self(StepKind.NOTE, "nova_api", "check instance lock", "nova/compute/api.py", "API.pause"),
        step(StepKind.DB, "nova_api", "database", "task_state = PAUSING", "nova/compute/api.py", "API.pause"),
        step(StepKind.CAST, "nova_api", "nova_compute", "pause_instance", "nova/compute/api.py", "API.pause"),
        step(StepKind.RESPONSE, "nova_api", "client", "202 Accepted", "nova/api/openstack/compute/pause_server.py", "PauseController._pause"),
        self(StepKind.NOTIFY, "nova_compute", "pause.start", "nova/compute/manager.py", "ComputeManager.pause_instance"),
        step(StepKind.INVOKE, "nova_compute", "libvirt", "pause", "nova/compute/manager.py", "ComputeManager.pause_instance"),
        step(StepKind.DB, "nova_compute", "database", "instance.save()", "nova/compute/manager.py", "ComputeManager.pause_instance"),
        self(StepKind.NOTIFY, "nova_compute", "pause.end", "nova/compute/manager.py", "ComputeManager.pause_instance")));
  }

  @Test
  void derivedStepsGoAfterTheirNearestMatchedPredecessor() {
    MergeResult result = new Merger().merge(WsdReader.read(PAUSE, "pause.wsd"), derivedPause(), functions("pause_instance"));
    assertEquals("""
        title pause a server
        participant client
        participant nova_api

        client->nova_api: pause
        activate nova_api
        # seqtrace: derived
        # nova/compute/api.py:10 API.pause()
        note over nova_api: check policy
        # nova/compute/api.py pause()
        note over nova_api: check instance lock
        nova_api->database: task_state = PAUSING
        database->nova_api: done
        # nova/compute/rpcapi.py pause_instance()
        nova_api->nova_compute: pause_instance
        # seqtrace: derived
        # nova/api/openstack/compute/pause_server.py:10 PauseController._pause()
        nova_api->client: 202 Accepted
        deactivate nova_api

        # nova/compute/manager.py pause_instance()
        note over nova_compute: notify: pause.start
        nova_compute->libvirt: pause
        libvirt->nova_compute: done
        nova_compute->database: vm_state = PAUSED
        # seqtrace: derived
        # nova/compute/manager.py:10 ComputeManager.pause_instance()
        note over nova_compute: notify: pause.end
        """, WsdWriter.write(result.merged()));
    assertEquals(List.of(17, 3, 7, 0), List.of(result.kept(), result.added(), result.matched(), result.stale()));
    assertEquals(List.of(), result.notes());
  }

  @Test
  void stepsGoAfterTheRequestsActivationsAndToTheLifelineNamedAfterTheCaller() {
    // Sahara's corpus script: one plugin drawn twice, as api_plugin and engine_plugin. What is
    // derived after the request goes after the activations and the note it starts with.
    String script = """
        client->sahara_api: create cluster
        activate client
        activate sahara_api
        note over sahara_api: setup cluster recommend config
        sahara_api->sahara_engine: provision_cluster
        deactivate sahara_api
        sahara_engine->engine_plugin: start_cluster
        engine_plugin->sahara_engine: done
        """;
    Diagram derived = new Diagram("clusters_create", List.of(), List.of(
        step(StepKind.REQUEST, "client", "sahara_api", "clusters_create", "sahara/api/v10.py", "clusters_create"),
        step(StepKind.INVOKE, "sahara_api", "plugin", "recommend_configs", "sahara/service/api.py", "_cluster_create"),
        step(StepKind.CAST, "sahara_api", "sahara_engine", "provision_cluster", "sahara/service/ops.py", "RemoteOps.provision_cluster"),
        step(StepKind.INVOKE, "sahara_engine", "plugin", "configure_cluster", "sahara/service/ops.py", "_provision_cluster"),
        step(StepKind.INVOKE, "sahara_engine", "plugin", "start_cluster", "sahara/service/ops.py", "_provision_cluster")));
    assertEquals("""
        client->sahara_api: create cluster
        activate client
        activate sahara_api
        note over sahara_api: setup cluster recommend config
        # seqtrace: derived
        # sahara/service/api.py:10 _cluster_create()
        sahara_api->api_plugin: recommend_configs
        sahara_api->sahara_engine: provision_cluster
        # seqtrace: derived
        # sahara/service/ops.py:10 _provision_cluster()
        sahara_engine->engine_plugin: configure_cluster
        deactivate sahara_api
        sahara_engine->engine_plugin: start_cluster
        engine_plugin->sahara_engine: done
        """, WsdWriter.write(new Merger().merge(WsdReader.read(script + "participant api_plugin\n", "create_cluster.wsd"),
            derived, functions()).merged()).replace("participant api_plugin\n", ""));
  }

  @Test
  void notesUnderAMessageStayWithIt() {
    String script = """
        nova_conductor->nova_scheduler: select_destinations (call)
        note over nova_scheduler: filters and weighers pick a host
        nova_conductor->>nova_compute: build_and_run_instance (cast)
        """;
    Diagram derived = new Diagram("create", List.of(), List.of(
        step(StepKind.CALL, "nova_conductor", "nova_scheduler", "select_destinations", "nova/scheduler/rpcapi.py", "SchedulerAPI.select_destinations"),
        step(StepKind.REPLY, "nova_scheduler", "nova_conductor", "return select_destinations", "nova/scheduler/manager.py", "SchedulerManager.select_destinations"),
        step(StepKind.DB, "nova_conductor", "database", "instance.create()", "nova/conductor/manager.py", "ComputeTaskManager.schedule_and_build_instances"),
        step(StepKind.CAST, "nova_conductor", "nova_compute", "build_and_run_instance", "nova/compute/rpcapi.py", "ComputeAPI.build_and_run_instance")));
    assertEquals("""
        nova_conductor->nova_scheduler: select_destinations (call)
        note over nova_scheduler: filters and weighers pick a host
        # seqtrace: derived
        # nova/scheduler/manager.py:10 SchedulerManager.select_destinations()
        nova_scheduler->nova_conductor: return select_destinations
        # seqtrace: derived
        # nova/conductor/manager.py:10 ComputeTaskManager.schedule_and_build_instances()
        nova_conductor->database: instance.create()
        nova_conductor->>nova_compute: build_and_run_instance (cast)
        """, WsdWriter.write(new Merger().merge(WsdReader.read(script, "create.wsd"), derived, functions()).merged()));
  }

  @Test
  void aDerivedStepNeverSplitsARequestFromItsReply() {
    String script = """
        nova_compute->libvirt: pause
        activate libvirt
        note over libvirt: domain.suspend()
        libvirt->nova_compute: done
        deactivate libvirt
        nova_compute->database: vm_state = PAUSED
        """;
    Diagram derived = new Diagram("pause", List.of(), List.of(
        step(StepKind.INVOKE, "nova_compute", "libvirt", "pause", "nova/compute/manager.py", "ComputeManager.pause_instance"),
        step(StepKind.INVOKE, "nova_compute", "libvirt", "get_info", "nova/compute/manager.py", "ComputeManager._get_power_state"),
        step(StepKind.DB, "nova_compute", "database", "vm_state = PAUSED", "nova/compute/manager.py", "ComputeManager.pause_instance")));
    assertEquals("""
        nova_compute->libvirt: pause
        activate libvirt
        note over libvirt: domain.suspend()
        libvirt->nova_compute: done
        deactivate libvirt
        # seqtrace: derived
        # nova/compute/manager.py:10 ComputeManager._get_power_state()
        nova_compute->libvirt: get_info
        nova_compute->database: vm_state = PAUSED
        """, WsdWriter.write(new Merger().merge(WsdReader.read(script, "pause.wsd"), derived, functions()).merged()));
  }

  @Test
  void whatTheScriptStatesIsNotAddedAgain() {
    String script = """
        # nova/compute/api.py pause()
        note over nova_api: policy, lock and cell checks
        nova_api->database: task_state = PAUSING
        database->nova_api: done
        note over nova_api: record pause action
        nova_api->database: create block device mapping
        nova_api->nova_compute: pause_instance
        """;
    Diagram derived = new Diagram("pause", List.of(), List.of(
        self(StepKind.NOTE, "nova_api", "check policy", "nova/compute/api.py", "API.pause"),
        self(StepKind.NOTE, "nova_api", "check instance state: vm_state=[ACTIVE]", "nova/compute/api.py", "API.pause"),
        step(StepKind.DB, "nova_api", "database", "task_state = PAUSING", "nova/compute/api.py", "API.pause"),
        step(StepKind.DB, "nova_api", "database", "InstanceAction.action_start()", "nova/compute/api.py", "API._record_action_start"),
        step(StepKind.DB, "nova_api", "database", "bdm.update_or_create()", "nova/compute/api.py", "API._create_block_device_mapping"),
        self(StepKind.NOTE, "nova_api", "look up the flavor", "nova/compute/api.py", "API._flavor"),
        step(StepKind.CAST, "nova_api", "nova_compute", "pause_instance", "nova/compute/api.py", "API.pause")));
    MergeResult result = new Merger().merge(WsdReader.read(script, "pause.wsd"), derived, functions());
    assertEquals("""
        # nova/compute/api.py pause()
        note over nova_api: policy, lock and cell checks
        nova_api->database: task_state = PAUSING
        database->nova_api: done
        note over nova_api: record pause action
        nova_api->database: create block device mapping
        # seqtrace: derived
        # nova/compute/api.py:10 API._flavor()
        note over nova_api: look up the flavor
        nova_api->nova_compute: pause_instance
        """, WsdWriter.write(result.merged()));
    assertEquals(1, result.added());
  }

  @Test
  void everyHandWrittenLineSurvives() {
    String written = WsdWriter.write(new Merger().merge(WsdReader.read(PAUSE, "pause.wsd"), derivedPause(), functions()).merged());
    List<String> lines = written.lines().toList();
    PAUSE.lines().forEach(line -> assertTrue(lines.contains(line), () -> "lost: " + line));
  }

  @Test
  void typosAndFreeTextStillMatchTheMethod() {
    String script = """
        nova_api->nova_conductor: build_instance
        nova_conductor->nova_scheduler: select destinations
        nova_scheduler->nova_conductor: selected hosts
        nova_conductor->nova_compute: build_and_run_instance()
        """;
    Diagram derived = new Diagram("create", List.of(), List.of(
        step(StepKind.CAST, "nova_api", "nova_conductor", "build_instances", "nova/compute/api.py", "API._create_instance"),
        step(StepKind.CALL, "nova_conductor", "nova_scheduler", "select_destinations", "nova/conductor/manager.py", "ComputeTaskManager.build_instances"),
        step(StepKind.REPLY, "nova_scheduler", "nova_conductor", "return select_destinations", "nova/scheduler/manager.py", "SchedulerManager.select_destinations"),
        step(StepKind.CAST, "nova_conductor", "nova_compute", "build_and_run_instance", "nova/conductor/manager.py", "ComputeTaskManager.build_instances")));
    MergeResult result = new Merger().merge(WsdReader.read(script, "create.wsd"), derived, functions());
    assertEquals(script, WsdWriter.write(result.merged()));
    assertEquals(List.of(4, 0, 4, 0), List.of(result.kept(), result.added(), result.matched(), result.stale()));
  }

  @Test
  void theLinesTheCheckFindsStaleAreMarkedWithTheirReasonAndNoOthers() {
    String script = """
        nova_api->nova_conductor: migrate_server()
        nova_conductor->nova_compute: prep_resize_old
        nova_compute->nova_conductor: check prerequisites
        # nova/gone.py f()
        nova_conductor->nova_compute: finish
        """;
    Diagram derived = new Diagram("migrate", List.of(), List.of(
        step(StepKind.CALL, "nova_api", "nova_conductor", "migrate_server", "nova/compute/api.py", "API.resize"),
        step(StepKind.CAST, "nova_conductor", "nova_compute_dest", "prep_resize", "nova/conductor/tasks/migrate.py", "MigrationTask._execute")));
    MergeResult result = new Merger().merge(WsdReader.read(script, "migrate.wsd"), derived, staleAt(
        new StaleLine(2, "rpc-missing: prep_resize_old is not a function any more", true),
        new StaleLine(4, "anchor-missing-file: nova/gone.py does not exist", true),
        new StaleLine(5, "hop-missing: cast a -> b: x is not in the script", false)));
    assertEquals("""
        nova_api->nova_conductor: migrate_server()
        # seqtrace: derived
        # nova/conductor/tasks/migrate.py:10 MigrationTask._execute()
        nova_conductor->nova_compute: prep_resize
        # seqtrace: stale
        nova_conductor->nova_compute: prep_resize_old
        # seqtrace: stale
        note over nova_conductor: rpc-missing: prep_resize_old is not a function any more
        nova_compute->nova_conductor: check prerequisites
        # nova/gone.py f()
        # seqtrace: stale
        note over nova_conductor: anchor-missing-file: nova/gone.py does not exist
        # seqtrace: stale
        note over nova_conductor: hop-missing: cast a -> b: x is not in the script
        nova_conductor->nova_compute: finish
        """, WsdWriter.write(result.merged()));
    assertEquals(List.of(
        "derived lifeline nova_compute_dest drawn as nova_compute",
        "line 2: stale: rpc-missing: prep_resize_old is not a function any more",
        "line 4: stale: anchor-missing-file: nova/gone.py does not exist",
        "line 5: stale: hop-missing: cast a -> b: x is not in the script"),
        result.notes());
    assertEquals(3, result.stale());
    // Read back, the marks keep their origin, so the picture draws them red.
    List<Element> reread = Flattened.elements(WsdReader.read(WsdWriter.write(result.merged()), "m").elements());
    assertEquals(4, reread.stream().filter(e -> e instanceof Element.Message m && m.origin() == Origin.STALE
        || e instanceof Element.Note n && n.origin() == Origin.STALE).count());
  }

  @Test
  void aStaleParticipantDeclarationGetsItsNoteAtTheStart() {
    String script = """
        participant nova_cells
        nova_api->nova_compute: pause_instance
        """;
    MergeResult result = new Merger().merge(WsdReader.read(script, "x.wsd"), new Diagram("x", List.of(), List.of()),
        staleAt(new StaleLine(1, "participant-gone: nova_cells no longer takes part in x", true)));
    assertEquals("""
        participant nova_cells
        # seqtrace: stale
        note over nova_api: participant-gone: nova_cells no longer takes part in x
        nova_api->nova_compute: pause_instance
        """, WsdWriter.write(result.merged()));
  }

  @Test
  void nothingIsStaleUnlessTheCheckSaysSo() {
    String script = "nova_compute->libvirt: spawn_it\n";
    MergeResult result = new Merger().merge(WsdReader.read(script, "x.wsd"), new Diagram("x", List.of(), List.of()), functions());
    assertEquals(0, result.stale());
    assertEquals(script, WsdWriter.write(result.merged()));
  }

  @Test
  void unmatchedStepsBeforeAnyMatchGoBeforeTheFirstDrawnElementAfterTheDeclarations() {
    Diagram script = WsdReader.read("""
        title t
        participant nova_api
        participant nova_compute
        nova_api->nova_compute: reboot_instance
        """, "t.wsd");
    Diagram derived = new Diagram("reboot", List.of(Participant.of("client")), List.of(
        step(StepKind.REQUEST, "client", "nova_api", "reboot", "nova/api/openstack/compute/servers.py", "ServersController._action_reboot"),
        step(StepKind.CAST, "nova_api", "nova_compute", "reboot_instance", "nova/compute/api.py", "API.reboot")));
    assertEquals("""
        title t
        participant nova_api
        participant nova_compute
        # seqtrace: derived
        # nova/api/openstack/compute/servers.py:10 ServersController._action_reboot()
        client->nova_api: reboot
        nova_api->nova_compute: reboot_instance
        """, WsdWriter.write(new Merger().merge(script, derived, functions()).merged()));
  }
}
