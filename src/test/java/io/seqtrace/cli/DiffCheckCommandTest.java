package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seqtrace diff} and {@code seqtrace check} end to end on the mininova fixture releases. */
class DiffCheckCommandTest {
  @TempDir static Path dir;
  private static TestRepo repo;
  private static final Path SCRIPTS = Path.of("src/test/resources/check");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void build() {
    repo = TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), dir.resolve("repo"));
  }

  private int run(String command, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = command;
    all[1] = "--repo";
    all[2] = repo.dir().toString();
    all[3] = "--cache-dir";
    all[4] = dir.resolve("cache").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), all);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void lineShiftsAreNoChange() {
    assertEquals(0, run("diff", "--from", "1.0.0", "--to", "1.0.1", "--op", "pause"));
    assertEquals("= pause: no change\n", out());
  }

  @Test
  void everyOperationWithoutOp() {
    assertEquals(0, run("diff", "--from", "1.0.0", "--to", "1.0.1"));
    assertTrue(out().lines().allMatch(l -> l.matches("= \\S+: no change")), out());
    assertTrue(out().contains("= pause: no change\n"), out());
  }

  @Test
  void createSwitchesToScheduleAndBuildInstances() {
    assertEquals(0, run("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "create", "--json"));
    String json = out().replaceAll("\\s+", " ");
    assertTrue(json.startsWith("{ \"from\" : \"1.0.0\", \"to\" : \"2.0.0\", \"operations\" : [ { \"operation\" : \"create\","), json);
    String castPair = "{ \"before\" : { \"kind\" : \"cast\", \"from\" : \"nova_api\", "
        + "\"to\" : \"nova_conductor\", \"label\" : \"build_instances\", \"method\" : \"build_instances\", "
        + "\"source\" : { \"path\" : \"nova/conductor/rpcapi.py\", \"line\" : 61, "
        + "\"function\" : \"ComputeTaskAPI.build_instances\" } }, \"after\" : { \"kind\" : \"cast\", "
        + "\"from\" : \"nova_api\", \"to\" : \"nova_conductor\", \"label\" : \"schedule_and_build_instances\", "
        + "\"method\" : \"schedule_and_build_instances\", \"source\" : { \"path\" : \"nova/conductor/rpcapi.py\", "
        + "\"line\" : 58, \"function\" : \"ComputeTaskAPI.schedule_and_build_instances\" } }";
    assertTrue(json.contains("\"changed\" : [ ") && json.contains(castPair + " } ], \"summary\""), json);
    assertTrue(json.contains("\"summary\" : [ { \"change\" : \"rpc-renamed\", " + castPair.substring(2)
        + ", \"text\" : \"rpc renamed: cast nova_api -> nova_conductor: build_instances => schedule_and_build_instances\" } ]"), json);
  }

  @Test
  void resizeEntryRenamed() {
    assertEquals(0, run("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "resize"));
    assertTrue(out().startsWith("""
        cross-service changes:
          resize: none

        = resize: 0 added, 0 removed, 2 changed
        ~ client -> nova_api: resize (request) @ nova/api/openstack/compute/servers.py ServersController._action_resize
          client -> nova_api: resize (request) @ nova/api/openstack/compute/servers.py ServersController._resize
        """), out());
  }

  @Test
  void diffWritesDiagrams() throws Exception {
    Path target = dir.resolve("diagrams");
    assertEquals(0, run("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "create", "--out", target.toString()));
    String puml = Files.readString(target.resolve("create.diff.puml"));
    assertTrue(puml.contains("-[#d73a49]>> ") && puml.contains("<color:red>build_instances</color>"), puml);
    assertTrue(puml.contains("-[#22863a]>> ") && puml.contains("<color:#22863a>schedule_and_build_instances</color>"), puml);
    assertTrue(Files.readString(target.resolve("create.diff.svg")).startsWith("<svg") || Files.size(target.resolve("create.diff.svg")) > 0);
  }

  @Test
  void unknownOperationIsAnInputError() {
    assertEquals(2, run("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "fly"));
    assertEquals("seqtrace: unknown operation 'fly' at 1.0.0 and 2.0.0 (run 'seqtrace ops' to list them)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void scriptsAreFreshWhereTheyWereWritten() {
    assertEquals(0, run("check", "--ref", "1.0.0", "--scripts", SCRIPTS.toString()));
    assertEquals("4 scripts: 3 fresh, 0 stale, 1 unknown\n", out());
  }

  @Test
  void scriptsGoStaleAtTheNextRelease() {
    assertEquals(1, run("check", "--ref", "2.0.0", "--scripts", SCRIPTS.toString()));
    assertEquals("""
        create.wsd:11: anchor-missing-function: nova/conductor/rpcapi.py has no function build_instances(); \
        renamed to schedule_and_build_instances?
        create.wsd:11: hop-missing: cast nova_api -> nova_conductor: schedule_and_build_instances is not in the script
        create.wsd:12: rpc-missing: build_instances is not a function any more
        resize.wsd:6: anchor-missing-function: nova/api/openstack/compute/servers.py has no function _action_resize(); \
        renamed to _resize?
        4 scripts: 1 fresh, 2 stale, 1 unknown
        """, out());
  }

  @Test
  void checkJson() {
    assertEquals(1, run("check", "--ref", "2.0.0", "--scripts", SCRIPTS.toString(), "--json"));
    String json = out().replaceAll("\\s+", " ");
    assertTrue(json.startsWith("{ \"ref\" : \"2.0.0\", \"scripts\" : [ { \"script\" : \"coffee.wsd\", "
        + "\"operation\" : null, \"status\" : \"unknown\", \"findings\" : [ ] }, { \"script\" : \"create.wsd\", "
        + "\"operation\" : \"servers.create\", \"status\" : \"stale\", \"findings\" : [ { \"line\" : 11, "
        + "\"kind\" : \"anchor-missing-function\", "), json);
    assertTrue(json.contains("{ \"script\" : \"pause.wsd\", \"operation\" : \"pause\", \"status\" : \"fresh\", "
        + "\"findings\" : [ ] }"), json);
  }

  @Test
  void anchorsBrokenAtTheBaselineAreAuthoringErrors() throws Exception {
    Path scripts = Files.createDirectories(dir.resolve("baseline-scripts"));
    Files.writeString(scripts.resolve("pause.wsd"), """
        title pause a server
        # nova/compute/api.py pause_it()
        nova_api->nova_compute: pause_instance
        nova_compute->libvirt: pause
        """);
    assertEquals(0, run("check", "--ref", "2.0.0", "--baseline", "1.0.0", "--scripts", scripts.toString()));
    assertEquals("pause.wsd:2: anchor-invalid: nova/compute/api.py has no function pause_it(); renamed to pause? (at the baseline too)\n"
        + "1 scripts: 1 fresh, 0 stale, 0 unknown\n", out());
  }
}
