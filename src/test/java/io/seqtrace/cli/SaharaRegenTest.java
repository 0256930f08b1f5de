package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The openstack-workflow corpus's Sahara {@code create_cluster.wsd} regenerated against real
 * Sahara 3.0.0 ({@code SAHARA_REPO}): merged with {@code clusters_create}, every hand line kept, the
 * derived plugin call drawn to the script's own {@code api_plugin}, the moved files named.
 */
class SaharaRegenTest {
  @TempDir Path dir;

  @Test
  void mergesTheCorpusScriptWithClustersCreate() throws Exception {
    String repo = System.getenv("SAHARA_REPO");
    assumeTrue(repo != null && !repo.isBlank(), "SAHARA_REPO is not set");
    Path script = WsdTestFiles.projectDir()
        .resolve("../shared/corpus/openstack-workflow/src/sahara/create_cluster.wsd").normalize();
    assumeTrue(Files.isRegularFile(script), "corpus not found at " + script);
    byte[] before = Files.readAllBytes(script);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "regen", "--repo", repo, "--ref", "3.0.0",
        "--scripts", script.toString(), "--out", dir.resolve("out").toString(), "--cache-dir", dir.resolve("cache").toString());
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    String said = out.toString(StandardCharsets.UTF_8) + stderr;
    assertTrue(said.contains("create_cluster.wsd: create_cluster: kept 152, matched 12, added 2, stale 8"), said);
    String merged = Files.readString(dir.resolve("out/create_cluster.wsd"));
    assertTrue(merged.contains("activate sahara_api\n# seqtrace: derived\n# sahara/service/api.py:134 _cluster_create()\n"
        + "sahara_api->api_plugin: recommend_configs\n"), merged);
    assertTrue(merged.contains("create_cluster() is now in sahara/service/direct_engine.py DirectEngine.create_cluster()"), merged);
    assertTrue(!merged.contains("participant plugin") && !merged.contains("nova_"), merged);
    assertArrayEquals(before, Files.readAllBytes(script));
  }
}
