package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binaries come from setup.cfg's console_scripts or pyproject.toml's [project.scripts], whichever the tree has. */
class ConsoleScriptsTest {

  @Test
  void setupCfgEntryPoints() {
    String cfg = """
        [metadata]
        name = nova

        [entry_points]
        oslo.config.opts =
            nova.conf = nova.conf.opts:list_opts
        console_scripts =
            nova-compute = nova.cmd.compute:main
            nova-conductor = nova.cmd.conductor:main
        """;
    assertEquals(Map.of("nova-compute", "nova.cmd.compute:main", "nova-conductor", "nova.cmd.conductor:main"),
        ServiceMap.consoleScripts(cfg));
  }

  @Test
  void pyprojectScripts() {
    String toml = """
        [project]
        name = "nova"

        [project.scripts]
        nova-compute = "nova.cmd.compute:main"
        # a comment
        nova-scheduler = 'nova.cmd.scheduler:main'

        [project.entry-points."oslo.config.opts"]
        "nova.conf" = "nova.conf.opts:list_opts"
        """;
    assertEquals(Map.of("nova-compute", "nova.cmd.compute:main", "nova-scheduler", "nova.cmd.scheduler:main"),
        ServiceMap.consoleScripts(toml));
  }

  @Test
  void bothFilesOneAfterTheOtherSetupCfgFirst() {
    String both = "[entry_points]\nconsole_scripts =\n    a-api = a.cmd.api:main\n"
        + "\n[project.scripts]\na-api = \"other:main\"\na-volume = \"a.cmd.volume:main\"\n";
    assertEquals(Map.of("a-api", "a.cmd.api:main", "a-volume", "a.cmd.volume:main"), ServiceMap.consoleScripts(both));
  }
}
