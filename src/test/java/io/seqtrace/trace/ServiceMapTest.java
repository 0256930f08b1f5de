package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.model.Module;
import io.seqtrace.project.PythonPaths;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which service runs which package: console scripts plus the manager each names, as the code says. */
class ServiceMapTest {

  private static ServiceMap derive(Map<String, String> files, String setupCfg, Profile profile) {
    PythonSourceParser parser = new PythonSourceParser();
    List<Module> modules = new ArrayList<>();
    new TreeMap<>(files).forEach((path, source) ->
        modules.add(parser.parse(path, PythonPaths.moduleName(path), source).module()));
    CodeIndex index = new CodeIndex(modules);
    return ServiceMap.derive(index, new Evaluator(index, profile), profile, setupCfg);
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
}
