package io.seqtrace.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.cli.Main;
import io.seqtrace.testing.TestRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seqtrace history} end to end on {@link HistoryFixture}'s four releases. */
class HistoryCommandTest {
  private static final Path GOLDEN = Path.of("src/test/resources/history");

  @TempDir static Path dir;
  private static TestRepo repo;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void build() {
    repo = HistoryFixture.build(dir.resolve("repo"));
  }

  private int run(String... args) {
    return runCommand("history", args);
  }

  private int runCommand(String command, String... args) {
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

  /** Stdout with the temporary repository path replaced by {@code REPO}. */
  private String out() {
    return out.toString(StandardCharsets.UTF_8).replace(repo.dir().toString(), "REPO");
  }

  /** Stderr without progress lines, which only show when a run is slow. */
  private String err() {
    return err.toString(StandardCharsets.UTF_8).replace(repo.dir().toString(), "REPO")
        .replaceAll("(?m)^history: release \\d+ of \\d+ \\(.*\\)\n", "");
  }

  /** Compares with a golden file; a missing one is written for review and the test fails. */
  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (!Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
      throw new AssertionError("wrote " + file + ": review it and commit it");
    }
    assertEquals(Files.readString(file), actual);
  }

  @Test
  void hopAppearsChangesKindAndDisappears() throws IOException {
    assertEquals(0, run("--op", "pause", "--json"), err.toString(StandardCharsets.UTF_8));
    assertGolden("pause.json", out());
  }

  @Test
  void absentAndUntraceableReleases() throws IOException {
    assertEquals(0, run("--op", "start", "--op", "unpause", "--json"), err.toString(StandardCharsets.UTF_8));
    assertGolden("start-unpause.json", out());
  }

  @Test
  void text() throws IOException {
    assertEquals(0, run("--op", "pause", "--op", "start", "--op", "unpause"), err.toString(StandardCharsets.UTF_8));
    assertGolden("history.txt", out());
  }

  @Test
  void boundsAndPatternPickTheReleases() {
    assertEquals(0, run("--op", "pause", "--from", "2.0.0", "--to", "3.0.0"));
    assertEquals("""
        = pause: in 2 of 2 releases
          2.0.0: first traced
          3.0.0: kind changed: check_pausable: cast -> call; 1 other step
            ~ nova_api -> nova_compute: check_pausable (cast) @ nova/compute/rpcapi.py ComputeAPI.check_pausable
              nova_api -> nova_compute: check_pausable (call) @ nova/compute/rpcapi.py ComputeAPI.check_pausable
            + nova_compute -> nova_api: return check_pausable (reply) @ nova/compute/manager.py ComputeManager.check_pausable
          hops (first .. last release):
            client -> nova_api: pause (request): 2.0.0 .. 3.0.0
            nova_api -> nova_compute: pause_instance (cast): 2.0.0 .. 3.0.0
            nova_api -> nova_compute: check_pausable (cast): 2.0.0 .. 2.0.0
            nova_compute -> libvirt: pause (invoke): 2.0.0 .. 3.0.0
            nova_api -> nova_compute: check_pausable (call): 3.0.0 .. 3.0.0
          at 3.0.0: nova_api -> nova_compute: check_pausable (cast): cast -> call
        """, out());
    out.reset();
    assertEquals(0, run("--op", "pause", "--refs", "[45].*", "--json"));
    assertEquals("\"refs\" : [ \"4.0.0\", \"5.1.0\" ],", out().lines().skip(2).findFirst().orElseThrow().strip());
  }

  @Test
  void unknownOperationIsAnInputError() {
    assertEquals(2, run("--op", "fly"));
    assertEquals("seqtrace: unknown operation 'fly' at every release from 1.0.0 to 4.0.0 "
        + "(run 'seqtrace ops' to list them)\n", err());
  }

  @Test
  void noMatchingTagIsAnInputError() {
    assertEquals(2, run("--op", "pause", "--refs", "9.*"));
    assertEquals("seqtrace: no release tags match '9.*'\n", err());
  }

  @Test
  void unknownBoundIsAnInputError() {
    assertEquals(2, run("--op", "pause", "--from", "0.9.0"));
    assertEquals("seqtrace: unknown ref '0.9.0' in REPO; did you mean '1.0.0', '2.0.0' or '3.0.0'?\n",
        err());
  }

  @Test
  void opIsRequired() {
    assertEquals(2, run());
    assertEquals("seqtrace: Missing required option: '--op=NAME'\n"
        + "Try 'seqtrace history --help' for more information.\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void outWritesATimelinePagePerOperation() throws IOException {
    Path site = dir.resolve("site");
    assertEquals(0, run("--op", "pause", "--op", "unpause", "--out", site.toString()));
    String page = Files.readString(site.resolve("pause.html"));
    assertTrue(page.contains("<tr><td class=\"name\">3.0.0</td><td>kind changed: check_pausable: cast -&gt; call; "
        + "1 other step</td><td><a href=\"pause/3.0.0.svg\">diagram</a></td><td><a href=\"pause/3.0.0.diff.svg\">"
        + "from 2.0.0</a></td></tr>"), page);
    assertTrue(page.contains("<li>3.0.0: <span class=\"mono\">nova_api -&gt; nova_compute: check_pausable (cast)"
        + "</span>: cast -&gt; call</li>"), page);
    for (String svg : List.of("pause/1.0.0.svg", "pause/4.0.0.svg", "pause/2.0.0.diff.svg", "pause/4.0.0.diff.svg")) {
      assertTrue(Files.readString(site.resolve(svg)).contains("<svg"), svg);
    }
    assertFalse(Files.exists(site.resolve("pause/1.0.0.diff.svg"))); // the first release has nothing to differ from
    String unpause = Files.readString(site.resolve("unpause.html"));
    assertTrue(unpause.contains("<tr><td class=\"name\">3.0.0</td><td><span class=\"error\">not traceable: the trace "
        + "reaches no other service</span></td>"), unpause);
    assertTrue(unpause.contains("<tr><td class=\"name\">4.0.0</td><td>no change <span class=\"empty\">(since 2.0.0)"
        + "</span></td>"), unpause);
    assertTrue(Files.readString(site.resolve("index.html")).contains("<a href=\"pause.html\">pause</a>"));
    assertEquals(List.of(site.resolve("index.html").toString(), site.resolve("pause.html").toString(),
        site.resolve("unpause.html").toString()), err().lines().filter(l -> l.endsWith(".html")).toList());
  }

  @Test
  void reportLinksToTheHistoryPages() throws IOException {
    Path site = dir.resolve("linked-history");
    assertEquals(0, run("--op", "pause", "--out", site.toString()));
    Path report = dir.resolve("linked-report");
    assertEquals(0, runCommand("report", "--ref", "4.0.0", "--op", "pause", "--op", "lock", "--history", site.toString(),
        "--out", report.toString()));
    assertTrue(Files.readString(report.resolve("ops/pause.html"))
        .contains("<dt>History</dt><dd><a href=\"../../linked-history/pause.html\">across releases</a></dd>"));
    // No history page for lock: no link.
    assertFalse(Files.readString(report.resolve("ops/lock.html")).contains("<dt>History</dt>"));
  }
}
