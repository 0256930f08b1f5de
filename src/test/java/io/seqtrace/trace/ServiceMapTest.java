package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which service runs which package: console scripts plus the manager each names, as the code says. */
class ServiceMapTest {

  private static ServiceMap derive(Map<String, String> files, String setupCfg, Profile profile) {
    CodeIndex index = InlinePython.index(files);
    return ServiceMap.derive(index, new Evaluator(index, profile), profile, setupCfg);
  }

  private static List<String> described(ServiceMap services) {
    return services.services().stream()
        .map(s -> s.binary() + " " + s.participant() + " " + s.manager() + " " + s.pkg() + " <- "
            + s.derivedFrom().replace("console scripts (setup.cfg, pyproject.toml) + ", ""))
        .toList();
  }

  private static final String SETUP_CFG = """
      [metadata]
      name = app

      [entry_points]
      # the binaries
      console_scripts =
          app-api = app.cmd.api:main
          app-compute = app.cmd.compute:main
          # app-old = app.cmd.old:main
          app-conductor = app.cmd.conductor:main
      wsgi_scripts =
          app-api-wsgi = app.api.wsgi:init_application
      app.run.mode =
          distributed = app.service.ops:RemoteOps
      """;

  private static final Map<String, String> MANAGERS = Map.of(
      "app/__init__.py", "",
      "app/compute/manager.py", "class ComputeManager:\n    pass\n",
      "app/conductor/manager.py", "class ConductorManager:\n    pass\n");

  @Test
  void consoleScriptsOfSetupCfgOnlyFromTheirOwnGroup() {
    assertEquals(Map.of("app-api", "app.cmd.api:main", "app-compute", "app.cmd.compute:main",
            "app-conductor", "app.cmd.conductor:main"),
        ServiceMap.consoleScripts(SETUP_CFG));
    assertEquals(List.of("app-api", "app-compute", "app-conductor"), List.copyOf(ServiceMap.consoleScripts(SETUP_CFG).keySet()));
  }

  @Test
  void consoleScriptsOfPyprojectAreUnquotedAndSetupCfgWinsOnBoth() {
    String pyproject = """
        [project]
        name = "app"

        [project.scripts]
        app-api = "app.cmd.api:main"
        'app-volume' = 'app.cmd.volume:main'
        # app-old = "app.cmd.old:main"

        [project.entry-points."app.run.mode"]
        distributed = "app.service.ops:RemoteOps"
        """;
    assertEquals(Map.of("app-api", "app.cmd.api:main", "app-volume", "app.cmd.volume:main"),
        ServiceMap.consoleScripts(pyproject));
    String both = SETUP_CFG.replace("app.cmd.api:main", "app.cmd.api:setup_cfg_main") + "\n" + pyproject;
    assertEquals("app.cmd.api:setup_cfg_main", ServiceMap.consoleScripts(both).get("app-api"));
  }

  @Test
  void managersFromServiceManagersOfModernNova() {
    Map<String, String> files = new java.util.HashMap<>(MANAGERS);
    files.put("app/service.py", """
        SERVICE_MANAGERS = {
            'app-compute': 'app.compute.manager.ComputeManager',
            'app-conductor': 'app.conductor.manager.ConductorManager',
        }
        """);
    ServiceMap services = derive(files, SETUP_CFG, Profile.forProject("app"));
    assertEquals(List.of(
            "app-compute app_compute app.compute.manager.ComputeManager app.compute <- SERVICE_MANAGERS",
            "app-conductor app_conductor app.conductor.manager.ConductorManager app.conductor <- SERVICE_MANAGERS"),
        described(services));
    assertEquals("app_api", services.apiParticipant());
  }

  @Test
  void managersFromOptionDefaultsOfOlderReleases() {
    Map<String, String> files = new java.util.HashMap<>(MANAGERS);
    files.put("app/conf.py", """
        from oslo_config import cfg

        opts = [cfg.StrOpt('compute_manager', default='app.compute.manager.ComputeManager')]
        """);
    // No conductor_manager: the option named just `manager` in the conductor's group says it.
    files.put("app/conductor/conf.py", """
        from oslo_config import cfg

        conductor_opts = [cfg.StrOpt('manager', default='app.conductor.manager.ConductorManager')]
        """);
    assertEquals(List.of(
            "app-compute app_compute app.compute.manager.ComputeManager app.compute <- option compute_manager",
            "app-conductor app_conductor app.conductor.manager.ConductorManager app.conductor <- option default app.conductor.manager.ConductorManager"),
        described(derive(files, SETUP_CFG, Profile.forProject("app"))));
  }

  @Test
  void aManagerThatIsNoClassOfTheProjectMakesNoService() {
    Map<String, String> files = new java.util.HashMap<>(MANAGERS);
    files.put("app/conf.py", """
        from oslo_config import cfg

        opts = [
            cfg.StrOpt('compute_manager', default='app.compute.manager.ComputeManager'),
            cfg.StrOpt('conductor_manager', default='app.conductor.manager.RemovedManager'),
        ]
        """);
    assertEquals(List.of("app-compute app_compute app.compute.manager.ComputeManager app.compute <- option compute_manager"),
        described(derive(files, SETUP_CFG, Profile.forProject("app"))));
  }

  @Test
  void managersFromOptionDefaultsOfAPyprojectOnlyProject() {
    Map<String, String> files = Map.of(
        "vol/__init__.py", "",
        "vol/cmd/volume.py", "def main():\n    pass\n",
        "vol/cmd/scheduler.py", "def main():\n    pass\n",
        "vol/volume/manager.py", "class VolumeManager(object):\n    pass\n",
        "vol/scheduler/manager.py", "class SchedulerManager(object):\n    pass\n",
        "vol/service.py", """
            from oslo_config import cfg

            opts = [
                cfg.StrOpt('volume_manager', default='vol.volume.manager.VolumeManager'),
                cfg.StrOpt('scheduler_manager', default='vol.scheduler.manager.SchedulerManager'),
            ]
            """);
    String pyproject = """
        [project]
        name = "vol"

        [project.scripts]
        vol-volume = "vol.cmd.volume:main"
        vol-scheduler = "vol.cmd.scheduler:main"
        """;
    ServiceMap services = derive(files, pyproject, Profile.forProject("vol"));
    assertEquals(List.of("vol_volume vol.volume.manager.VolumeManager vol.volume",
            "vol_scheduler vol.scheduler.manager.SchedulerManager vol.scheduler"),
        services.services().stream().map(s -> s.participant() + " " + s.manager() + " " + s.pkg()).toList());
    assertEquals("vol_volume", services.serviceOf("vol.volume.rpcapi").orElseThrow().participant());
    assertEquals("vol_api", services.apiParticipant());
  }

  @Test
  void withoutConsoleScriptsEveryManagerModuleIsAService() {
    assertEquals(List.of(
            "app-compute app_compute app.compute.manager.ComputeManager app.compute <- manager module convention",
            "app-conductor app_conductor app.conductor.manager.ConductorManager app.conductor <- manager module convention"),
        described(derive(MANAGERS, "", Profile.forProject("app"))));
  }

  @Test
  void aModuleBelongsToTheServiceWithTheLongestPackage() {
    Map<String, String> files = new java.util.HashMap<>(MANAGERS);
    files.put("app/compute/backup/manager.py", "class BackupManager:\n    pass\n");
    files.put("app/service.py", """
        SERVICE_MANAGERS = {
            'app-compute': 'app.compute.manager.ComputeManager',
            'app-backup': 'app.compute.backup.manager.BackupManager',
        }
        """);
    ServiceMap services = derive(files, SETUP_CFG.replace("app-conductor = app.cmd.conductor:main",
        "app-backup = app.cmd.backup:main"), Profile.forProject("app"));
    assertEquals(Optional.of("app_backup"), services.serviceOf("app.compute.backup.rpcapi").map(ServiceMap.Service::participant));
    assertEquals(Optional.of("app_compute"), services.serviceOf("app.compute.rpcapi").map(ServiceMap.Service::participant));
    assertEquals(Optional.of("app_compute"), services.serviceOf("app.compute").map(ServiceMap.Service::participant));
    assertEquals(Optional.empty(), services.serviceOf("app.computer.rpcapi"));
    assertEquals(Optional.empty(), services.serviceOf("app.api.servers"));
  }

  @Test
  void endpointPrefersTheClientsNamespaceThenTheManagerThenNonProxies() {
    Map<String, String> files = Map.of(
        "app/__init__.py", "",
        "app/service.py", """
            SERVICE_MANAGERS = {
                'app-compute': 'app.compute.manager.ComputeManager',
                'app-conductor': 'app.conductor.manager.ConductorManager',
            }
            """,
        "app/compute/manager.py", """
            class BaseManager:
                def pause_instance(self, context, instance):
                    pass


            class _ComputeV4Proxy:
                def pause_instance(self, context, instance):
                    pass


            class ComputeManager(BaseManager):
                pass
            """,
        "app/compute/rpcapi.py", """
            import oslo_messaging as messaging


            class ComputeAPI:
                def __init__(self):
                    target = messaging.Target(topic='compute')
                    self.client = messaging.RPCClient(None, target)

                def pause_instance(self, ctxt, instance):
                    self.client.prepare(server=instance.host).cast(ctxt, 'pause_instance', instance=instance)
            """,
        "app/conductor/manager.py", """
            import oslo_messaging as messaging


            class ConductorManager:
                target = messaging.Target(version='3.0')

                def build_instances(self, context):
                    pass


            class ComputeTaskManager:
                target = messaging.Target(namespace='compute_task', version='1.0')

                def build_instances(self, context):
                    pass
            """,
        "app/conductor/rpcapi.py", """
            import oslo_messaging as messaging


            class ConductorAPI:
                def __init__(self):
                    target = messaging.Target(topic='conductor')
                    self.client = messaging.RPCClient(None, target)

                def build_instances(self, ctxt):
                    self.client.prepare().cast(ctxt, 'build_instances')


            class ComputeTaskAPI:
                def __init__(self):
                    target = messaging.Target(topic='conductor', namespace='compute_task')
                    self.client = messaging.RPCClient(None, target)

                def build_instances(self, ctxt):
                    self.client.prepare().cast(ctxt, 'build_instances')
            """);
    CodeIndex index = InlinePython.index(files);
    Profile profile = Profile.forProject("app");
    Evaluator ev = new Evaluator(index, profile);
    ServiceMap services = ServiceMap.derive(index, ev, profile, SETUP_CFG);
    java.util.function.BiFunction<String, String, String> endpoint = (client, method) ->
        services.endpoint(ev, index.function(client).orElseThrow(), method).map(CodeIndex.FunctionInfo::qname).orElse("none");
    assertEquals("app.conductor.manager.ComputeTaskManager.build_instances",
        endpoint.apply("app.conductor.rpcapi.ComputeTaskAPI.build_instances", "build_instances"));
    assertEquals("app.conductor.manager.ConductorManager.build_instances",
        endpoint.apply("app.conductor.rpcapi.ConductorAPI.build_instances", "build_instances"));
    // Inherited by the manager beats the proxy; client halves (rpcapi, api) are never endpoints.
    assertEquals("app.compute.manager.BaseManager.pause_instance",
        endpoint.apply("app.compute.rpcapi.ComputeAPI.pause_instance", "pause_instance"));
    assertEquals("none", endpoint.apply("app.compute.rpcapi.ComputeAPI.pause_instance", "unpause_instance"));
  }

  // Service.create(...) in a binary's main, and RPC topics.

  private static final String CINDER_LIKE_SETUP = """
      [metadata]
      name = app

      [entry_points]
      console_scripts =
          app-api = app.cmd.api:main
          app-backup = app.cmd.backup:main
          app-volume = app.cmd.volume:main
      """;

  /** A second service, found by its option default, so that the manager-module convention is not what finds the first. */
  private static final Map<String, String> VOLUME_SERVICE = Map.of(
      "app/volume/manager.py", "class VolumeManager:\n    pass\n",
      "app/conf.py", """
          from oslo_config import cfg

          opts = [cfg.StrOpt('volume_manager', default='app.volume.manager.VolumeManager')]
          """);

  @Test
  void managerNamedByServiceCreateInTheBinarysMain() {
    Map<String, String> files = new java.util.HashMap<>(VOLUME_SERVICE);
    files.putAll(Map.of(
        "app/__init__.py", "",
        "app/service.py", """
            class Service:
                @classmethod
                def create(cls, binary=None, topic=None, manager=None):
                    return cls()
            """,
        "app/cmd/backup.py", """
            from app import service


            def main():
                server = service.Service.create(binary='app-backup', topic='app-backup',
                                                manager='app.backup.manager.BackupManager')
                server.start()
            """,
        "app/backup/manager.py", "class BackupManager:\n    pass\n"));
    assertEquals(List.of("app-backup app_backup app.backup.manager.BackupManager app.backup <- Service.create",
            "app-volume app_volume app.volume.manager.VolumeManager app.volume <- option volume_manager"),
        described(derive(files, CINDER_LIKE_SETUP, Profile.forProject("app"))).stream()
            .map(s -> s.replaceAll("<- .*Service\\.create.*", "<- Service.create").replace("<- option default", "<- option")).toList());
  }

  @Test
  void anRpcClientOutsideTheServicesPackageReachesItByTopic() {
    Map<String, String> files = new java.util.HashMap<>(VOLUME_SERVICE);
    files.putAll(Map.of(
        "app/__init__.py", "",
        "app/service.py", """
            class Service:
                @classmethod
                def create(cls, binary=None, topic=None, manager=None):
                    return cls()
            """,
        "app/cmd/backup.py", """
            from app import service


            def main():
                service.Service.create(binary='app-backup', topic='app-backup-topic',
                                       manager='app.backup.manager.BackupManager')
            """,
        "app/backup/manager.py", """
            class BackupManager:
                def create_backup(self, context, backup):
                    backup.status = 'creating'
                    backup.save()
            """,
        "app/common/backup_client.py", """
            import oslo_messaging as messaging


            class BackupClient:
                def __init__(self):
                    self.client = messaging.RPCClient(None, messaging.Target(topic='app-backup-topic'))

                def create_backup(self, ctxt, backup):
                    self.client.prepare(server=backup.host).cast(ctxt, 'create_backup', backup=backup)
            """,
        "app/api/backups.py", """
            from app.common import backup_client


            class BackupsController:
                def __init__(self):
                    self.backup_client = backup_client.BackupClient()

                def create(self, req, body):
                    self.backup_client.create_backup(req.context, body)
            """));
    TraceEngine engine = TraceEngine.build(InlinePython.modules(files), CINDER_LIKE_SETUP, Profile.forProject("app"));
    assertEquals("""
        client -> app_api: backups.create (request) @ app/api/backups.py:8 BackupsController.create
        app_api ->> app_backup: create_backup (cast) @ app/common/backup_client.py:9 BackupClient.create_backup
        app_api --> client: response (response) @ app/api/backups.py:10 BackupsController.create
        app_backup -> database: status = 'creating' (db) @ app/backup/manager.py:4 BackupManager.create_backup
        """, StepListing.of(engine.trace("backups.create").diagram().elements()));
  }

  @Test
  void aServiceCreateWithoutTopicListensWhereCreatesOwnBodySays() {
    // Cinder's Service.create: `if not topic: topic = binary`; its binary a constant of another module.
    Map<String, String> files = new java.util.HashMap<>(VOLUME_SERVICE);
    files.putAll(Map.of(
        "app/__init__.py", "",
        "app/common/constants.py", "VOLUME_BINARY = 'app-volume'\n",
        "app/service.py", """
            class Service:
                @classmethod
                def create(cls, host=None, binary=None, topic=None, manager=None):
                    if not topic:
                        topic = binary
                    return cls()
            """,
        "app/cmd/volume.py", """
            from app.common import constants
            from app import service


            def _launch(backend):
                server = service.Service.create(host=backend, binary=constants.VOLUME_BINARY)


            def main():
                for backend in ['lvm']:
                    _launch(backend)
            """));
    ServiceMap.Service volume = derive(files, CINDER_LIKE_SETUP, Profile.forProject("app")).services().stream()
        .filter(s -> s.binary().equals("app-volume")).findFirst().orElseThrow();
    assertEquals("app-volume", volume.topic());
    assertEquals("console scripts (setup.cfg, pyproject.toml) + option volume_manager, topic app-volume from "
        + "Service.create in its main (app/cmd/volume.py:6)", volume.derivedFrom());
  }
}
