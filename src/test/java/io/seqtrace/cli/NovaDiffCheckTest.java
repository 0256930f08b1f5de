package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} and {@code check} on real Nova; runs only when NOVA_REPO names a clone with its tags. */
class NovaDiffCheckTest {
  @TempDir Path dir;

  private static String repo() {
    String repo = System.getenv("NOVA_REPO");
    Assumptions.assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO not set");
    return repo;
  }

  private String run(int expectedExit, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String cache = System.getenv().getOrDefault("SEQTRACE_CACHE", dir.resolve("cache").toString());
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--repo";
    all[args.length + 1] = repo();
    all[args.length + 2] = "--cache-dir";
    all[args.length + 3] = cache;
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err, all);
    assertEquals(expectedExit, code);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createMovesToScheduleAndBuildInstances() {
    String text = run(0, "diff", "--from", "12.0.0", "--to", "31.0.0", "--op", "create");
    assertTrue(text.contains("~ nova_api -> nova_conductor: build_instances (cast) @ nova/conductor/rpcapi.py "
        + "ComputeTaskAPI.build_instances\n  nova_api -> nova_conductor: schedule_and_build_instances (cast) @ "
        + "nova/conductor/rpcapi.py ComputeTaskAPI.schedule_and_build_instances\n"), text);
  }

  @Test
  void pauseUnchangedInAPatchRelease() {
    assertEquals("= pause: no change\n", run(0, "diff", "--from", "12.0.0", "--to", "12.0.1", "--op", "pause"));
  }

  @Test
  void corpusDriftsBetweenReleases() throws Exception {
    String project = System.getenv("SEQTRACE_PROJECT_DIR");
    Assumptions.assumeTrue(project != null, "SEQTRACE_PROJECT_DIR not set");
    Path corpus = Path.of(project, "..", "shared", "corpus", "openstack-workflow", "src", "nova").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus), "corpus absent");
    ObjectMapper mapper = new ObjectMapper();
    JsonNode old = mapper.readTree(run(1, "check", "--ref", "12.0.0", "--scripts", corpus.toString(), "--json"));
    JsonNode now = mapper.readTree(run(1, "check", "--ref", "31.0.0", "--scripts", corpus.toString(), "--json"));
    assertTrue(stale(now) > stale(old), stale(old) + " stale at 12.0.0, " + stale(now) + " at 31.0.0");
    assertEquals("fresh", status(old, "pause.wsd"));
    assertEquals("stale", status(now, "create.wsd"));
  }

  private static long stale(JsonNode report) {
    long n = 0;
    for (JsonNode s : report.get("scripts")) {
      n += s.get("status").asText().equals("stale") ? 1 : 0;
    }
    return n;
  }

  private static String status(JsonNode report, String script) {
    for (JsonNode s : report.get("scripts")) {
      if (s.get("script").asText().equals(script)) {
        return s.get("status").asText();
      }
    }
    return "absent";
  }
}
