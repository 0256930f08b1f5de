package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenCommandTest {
  private static final Path RESOURCES = WsdTestFiles.projectDir().resolve("src/test/resources/regen");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(System.in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  @Test
  void mergesKnownScriptsRendersUnknownOnesWithAWarningAndLeavesInputsAlone() throws IOException {
    Path repo = dir.resolve("repo.git");
    TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), repo);
    Path scripts = RESOURCES.resolve("scripts");
    List<byte[]> before = List.of(Files.readAllBytes(scripts.resolve("pause.wsd")),
        Files.readAllBytes(scripts.resolve("frobnicate.wsd")));
    Path outDir = dir.resolve("out");

    int code = run("regen", "--repo", repo.toString(), "--ref", "1.0.0", "--no-cache",
        "--cache-dir", dir.resolve("cache").toString(), "--scripts", scripts.toString(), "--out", outDir.toString());

    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, stderr);
    assertTrue(stdout.contains("frobnicate.wsd: no operation: rendered as written"), stdout);
    assertTrue(stdout.matches("(?s).*pause\\.wsd: pause: kept \\d+, matched \\d+, added \\d+, stale 0.*"), stdout);
    assertTrue(stderr.contains("frobnicate.wsd: warning: no known operation matches"), stderr);
    assertArrayEquals(before.get(0), Files.readAllBytes(scripts.resolve("pause.wsd")));
    assertArrayEquals(before.get(1), Files.readAllBytes(scripts.resolve("frobnicate.wsd")));
    for (String name : List.of("pause", "frobnicate")) {
      assertTrue(Files.size(outDir.resolve(name + ".svg")) > 0, name);
      assertGolden(outDir.resolve(name + ".wsd"), RESOURCES.resolve("expected/" + name + ".wsd"));
    }
  }

  @Test
  void missingScriptsDirectoryIsAnInputError() {
    assertEquals(2, run("regen", "--repo", dir.toString(), "--ref", "1.0.0", "--scripts", dir.resolve("nope").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("nope: no such file or directory"));
  }

  /** A missing golden file is written and the test fails, asking for review. */
  private static void assertGolden(Path actual, Path golden) throws IOException {
    String text = Files.readString(actual);
    if (!Files.exists(golden)) {
      Files.writeString(golden, text);
      fail(golden + " was missing and has been written; review and commit it");
    }
    assertEquals(Files.readString(golden), text, golden.toString());
  }
}
