package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defaults that work from any working directory: the installation's own diagrams, and bin/seqtrace through a symlink. */
class InstallationTest {
  @TempDir Path dir;

  @Test
  void homeIsTheProjectAboveTheClassDirectory() {
    assertEquals(Optional.of(WsdTestFiles.projectDir().normalize()), Installation.home());
  }

  @Test
  void regenWithoutScriptsReadsTheInstallationsDiagrams() throws IOException {
    Path home = dir.resolve("home");
    Files.createDirectories(home.resolve("diagrams/nova"));
    Files.copy(WsdTestFiles.projectDir().resolve("src/test/resources/regen/scripts/pause.wsd"),
        home.resolve("diagrams/nova/pause.wsd"));
    Path repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), dir.resolve("nova.git")).dir();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String before = System.getProperty("seqtrace.home");
    System.setProperty("seqtrace.home", home.toString());
    try {
      int exit = Main.run(System.in, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          "regen", "--repo", repo.toString(), "--ref", "1.0.0", "--no-cache", "--cache-dir", dir.resolve("cache").toString(),
          "--out", dir.resolve("out").toString(), "--format", "mermaid");
      assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    } finally {
      if (before == null) {
        System.clearProperty("seqtrace.home");
      } else {
        System.setProperty("seqtrace.home", before);
      }
    }
    // One script: the installation's, not the 33 of the working directory's diagrams/nova.
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, stdout.lines().count(), stdout);
    assertTrue(stdout.startsWith("pause.wsd: pause: kept"), stdout);
    assertTrue(Files.readString(dir.resolve("out/pause.md")).startsWith("```mermaid\nsequenceDiagram\n"));
  }

  @Test
  void binSeqtraceRunsThroughASymlinkFromAnyDirectory() throws Exception {
    Path project = WsdTestFiles.projectDir();
    // verify runs the tests before it packages the jar; bin/seqtrace would otherwise build it in the middle of the build.
    assumeTrue(Files.isRegularFile(project.resolve("target/seqtrace.jar")),
        "target/seqtrace.jar is not built yet (run ./mvnw package first); bin/seqtrace not tried");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("seqtrace"), project.resolve("bin/seqtrace"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Process p = new ProcessBuilder(bin.resolve("seqtrace").toString(), "regen", "--help")
        .directory(elsewhere.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.startsWith("Usage: seqtrace regen"), output);
  }
}
