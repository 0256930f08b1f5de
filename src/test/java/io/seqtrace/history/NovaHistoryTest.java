package io.seqtrace.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seqtrace.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} on real Nova from 12.0.0 to the newest N.0.0 tag; runs only when NOVA_REPO names
 * a clone with its tags. The expected releases were checked in the code of those tags.
 */
class NovaHistoryTest {
  @TempDir static Path dir;
  private static JsonNode history;

  @BeforeAll
  static void run() throws Exception {
    String repo = System.getenv("NOVA_REPO");
    Assumptions.assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO not set");
    String cache = System.getenv().getOrDefault("SEQTRACE_CACHE", dir.resolve("cache").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        System.err, "history", "--repo", repo, "--cache-dir", cache, "--from", "12.0.0",
        "--op", "create", "--op", "live_migrate", "--op", "force_complete", "--json");
    assertEquals(0, code);
    history = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyMajorReleaseFromLiberty() {
    List<String> refs = new ArrayList<>();
    history.get("refs").forEach(r -> refs.add(r.asText()));
    assertEquals("12.0.0", refs.get(0));
    assertTrue(refs.size() >= 22 && refs.stream().allMatch(r -> r.matches("\\d+\\.0\\.0")), refs.toString());
  }

  /**
   * 14.0.0:nova/compute/api.py:1164 casts {@code self.compute_task_api.build_instances(...)}
   * unconditionally. 15.0.0:nova/compute/api.py:1228-1244 keeps it only under
   * {@code if CONF.cells.enable:} (cells v1; 15.0.0:nova/conf/cells.py:51-52 defaults it to False)
   * and otherwise calls {@code self.compute_task_api.schedule_and_build_instances(...)}, which
   * the tracer follows as the default deployment does.
   */
  @Test
  void createSwitchesToScheduleAndBuildInstancesInOcata() {
    assertEquals("15.0.0", hop("create", "nova_api", "nova_conductor", "schedule_and_build_instances", "cast")
        .get("first").asText());
    assertEquals("14.0.0", hop("create", "nova_api", "nova_conductor", "build_instances", "cast")
        .get("last").asText());
  }

  /**
   * 13.0.0:nova/conductor/rpcapi.py has no {@code live_migrate_instance}: 13.0.0:nova/conductor/api.py:192
   * sends {@code migrate_server}. 14.0.0:nova/conductor/rpcapi.py:289 casts
   * {@code 'live_migrate_instance'}, sent by 14.0.0:nova/conductor/api.py:199 when the API asks for
   * it (14.0.0:nova/api/openstack/compute/migrate_server.py:79, microversion 2.34).
   */
  @Test
  void liveMigrateInstanceArrivesInNewton() {
    assertEquals("14.0.0", hop("live_migrate", "nova_api", "nova_conductor", "live_migrate_instance", "cast")
        .get("first").asText());
  }

  private static JsonNode hop(String operation, String from, String to, String method, String kind) {
    for (JsonNode op : history.get("operations")) {
      if (!op.get("operation").asText().equals(operation)) {
        continue;
      }
      for (JsonNode h : op.get("hops")) {
        if (h.get("from").asText().equals(from) && h.get("to").asText().equals(to)
            && h.get("method").asText().equals(method) && h.get("kind").asText().equals(kind)) {
          return h;
        }
      }
    }
    throw new AssertionError("no hop " + from + " -> " + to + ": " + method + " (" + kind + ") in " + operation);
  }

  /**
   * 13.0.0:nova/api/openstack/compute/server_migrations.py:68 is the first
   * {@code @wsgi.action('force_complete')}; 12.0.0 has no such action anywhere under nova/api.
   */
  @Test
  void forceCompleteIsAbsentBeforeMitaka() {
    for (JsonNode op : history.get("operations")) {
      if (op.get("operation").asText().equals("force_complete")) {
        assertEquals("13.0.0", op.get("present").get(0).asText());
        assertEquals(history.get("refs").size() - 1, op.get("present").size());
        return;
      }
    }
    throw new AssertionError("no force_complete in the history");
  }
}
