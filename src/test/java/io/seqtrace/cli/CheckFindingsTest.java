package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of {@code seqtrace check} finding, and the findings it must not make, at the exact
 * script line, on the mininova 2.0.0 fixture plus a file that gives a controller class a new home.
 * Also the inputs {@code check} shares with {@code regen}: a file, an empty directory, a dangling
 * link, and a malformed script among good ones.
 */
class CheckFindingsTest {
  @TempDir static Path dir;
  private static TestRepo repo;
  private static final Path SCRIPTS = Path.of("src/test/resources/check-findings");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void build() throws IOException {
    TestRepos.Builder builder = TestRepos.builder(dir.resolve("repo")).bare();
    Path root = Path.of("fixtures/mininova/2.0.0");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        builder.file(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    builder.file("nova/api/openstack/compute/volumes.py", """
        class VolumeAttachmentController(object):
            def create(self, req, server_id, body):
                return None
        """);
    repo = builder.commit("mininova 2.0.0 and volumes").tag("2.0.0").build();
  }

  private int check(String... args) {
    String[] all = new String[args.length + 7];
    all[0] = "check";
    all[1] = "--repo";
    all[2] = repo.dir().toString();
    all[3] = "--cache-dir";
    all[4] = dir.resolve("cache").toString();
    all[5] = "--ref";
    all[6] = "2.0.0";
    System.arraycopy(args, 0, all, 7, args.length);
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), all);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyFindingKindAtItsLine() {
    assertEquals(1, check("--scripts", SCRIPTS.toString()));
    assertEquals("""
        create_kinds.wsd:6: rpc-kind-changed: select_destinations is drawn as a cast, is a call
        pause_anchors.wsd:5: anchor-missing-file: nova/common_utils.py does not exist; spawn_n() is now in nova/utils.py spawn_n()
        pause_anchors.wsd:7: anchor-missing-function: nova/compute/api.py has no function pause_it(); renamed to pause?
        pause_anchors.wsd:9: anchor-missing-function: nova/api/openstack/compute/servers.py has no function \
        VolumeAttachmentController.create(); moved to nova/api/openstack/compute/volumes.py VolumeAttachmentController.create()?
        pause_hops.wsd:4: hop-missing: cast nova_api -> nova_compute: pause_instance is not in the script
        pause_participants.wsd:4: participant-gone: nova_cells no longer takes part in pause
        pause_rpc.wsd:6: rpc-missing: unpause_it is not a function any more
        unpause_first.wsd:3: hop-missing: cast nova_api -> nova_compute: unpause_instance is not in the script
        6 scripts: 0 fresh, 6 stale, 0 unknown
        """, out());
  }

  @Test
  void aFileIsCheckedAsRegenTakesIt() {
    assertEquals(1, check("--scripts", SCRIPTS.resolve("pause_rpc.wsd").toString()));
    assertEquals("pause_rpc.wsd:6: rpc-missing: unpause_it is not a function any more\n"
        + "1 scripts: 0 fresh, 1 stale, 0 unknown\n", out());
  }

  @Test
  void anEmptyDirectoryIsAnInputError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(2, check("--scripts", empty.toString()));
    assertEquals("seqtrace: " + empty + ": no .wsd scripts in this directory\n", err());
  }

  @Test
  void aMalformedScriptOrDanglingLinkIsReportedAndTheOthersStillChecked() throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(SCRIPTS.resolve("pause_rpc.wsd"), scripts.resolve("pause.wsd"));
    Files.writeString(scripts.resolve("broken.wsd"), "client->nova_api: pause\nend\n");
    Files.createSymbolicLink(scripts.resolve("gone.wsd"), scripts.resolve("nowhere.wsd"));
    assertEquals(2, check("--scripts", scripts.toString()));
    assertEquals("pause.wsd:6: rpc-missing: unpause_it is not a function any more\n"
        + "3 scripts: 0 fresh, 1 stale, 0 unknown, 2 unreadable\n", out());
    assertEquals(scripts.resolve("broken.wsd") + ":2: 'end' without an open fragment\n"
        + scripts.resolve("gone.wsd") + ": dangling symbolic link (to " + scripts.resolve("nowhere.wsd") + ")\n", err());
  }

  @Test
  void unreadableScriptsInJson() throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("json"));
    Files.writeString(scripts.resolve("broken.wsd"), "client->nova_api: pause\nend\n");
    assertEquals(2, check("--scripts", scripts.toString(), "--json"));
    assertTrue(out().replaceAll("\\s+", " ").contains("{ \"script\" : \"broken.wsd\", \"operation\" : null, "
        + "\"status\" : \"error\", \"error\" : \"" + scripts.resolve("broken.wsd") + ":2: 'end' without an open fragment\", "
        + "\"findings\" : [ ] }"), out());
  }
}
