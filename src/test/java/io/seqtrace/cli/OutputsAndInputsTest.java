package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What commands do to files: outputs appear whole and only the ones named; {@code --out} keeps
 * files it did not write; inputs are only read; clones stay in the cache directory.
 */
class OutputsAndInputsTest {
  @TempDir Path dir;

  private static int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(sink, true, StandardCharsets.UTF_8),
        new PrintStream(sink, true, StandardCharsets.UTF_8), args);
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void renderKeepsUnrelatedFilesAndLeavesNoTemporaries() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path mine = Files.writeString(out.resolve("notes.txt"), "mine\n");
    Path good = Files.writeString(dir.resolve("good.wsd"), "a->b: x\n");
    Path bad = Files.writeString(dir.resolve("bad.wsd"), "a->: x\n");
    assertEquals(2, run("render", good.toString(), bad.toString(), "--out", out.toString()));
    assertEquals(List.of("good.svg", "notes.txt"), names(out));
    assertEquals("mine\n", Files.readString(mine));
  }

  @Test
  void traceKeepsUnrelatedFiles() throws IOException {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), dir.resolve("nova.git"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("keep.json"), "{}\n");
    assertEquals(0, run("trace", "--repo", repo.dir().toString(), "--ref", "1.0.0", "--op", "pause", "--format", "wsd",
        "--out", out.toString(), "--no-cache"));
    assertEquals(List.of("keep.json", "pause.wsd"), names(out));
    assertEquals("{}\n", Files.readString(out.resolve("keep.json")));
  }

  @Test
  void readOnlyScriptRendersAndStaysByteIdentical() throws IOException {
    Path wsd = Files.writeString(dir.resolve("ro.wsd"), "title read only\r\na->b: x\r\n");
    byte[] before = Files.readAllBytes(wsd);
    Files.setPosixFilePermissions(wsd, PosixFilePermissions.fromString("r--r--r--"));
    assertEquals(0, run("render", wsd.toString(), "--out", dir.resolve("img").toString()));
    assertTrue(Files.exists(dir.resolve("img/ro.svg")));
    assertArrayEquals(before, Files.readAllBytes(wsd));
    assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(wsd)));
  }

  @Test
  void clonesStayInTheCacheDirectory() throws IOException {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), dir.resolve("src.git"));
    Path cache = dir.resolve("cache");
    Path work = Files.createDirectories(dir.resolve("work"));
    assertEquals(0, run("parse", "--repo", repo.url(), "--ref", "1.0.0", "--cache-dir", cache.toString(), "--no-cache"));
    assertEquals(List.of("repos"), names(cache));
    List<String> clones = names(cache.resolve("repos"));
    assertEquals(1, clones.size(), clones.toString());
    assertTrue(clones.get(0).endsWith(".git"), clones.toString());
    assertEquals(List.of(), names(work));
    assertEquals(List.of("cache", "src.git", "work"), names(dir));
  }
}
