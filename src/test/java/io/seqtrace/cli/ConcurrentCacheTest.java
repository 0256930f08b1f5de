package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four {@code trace --all} processes started together on one empty cache write, byte for byte,
 * what a single run on its own cache writes: what one process stores, any other may serve. Runs
 * against the fixture repository, so it does not depend on how the tracer treats real Nova.
 */
class ConcurrentCacheTest {
  private static final int PROCESSES = 4;
  /** Generous: four JVMs on a shared 2-core machine; a hang or deadlock is what this catches. */
  private static final long BOUND_SECONDS = 240;
  @TempDir Path dir;

  private Process start(TestRepo repo, Path cache, Path out, String format) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "-Xss16m",
        Main.class.getName(), "trace", "--repo", repo.dir().toString(), "--ref", "1.0.0", "--all",
        "--format", format, "--cache-dir", cache.toString(), "--out", out.toString(), "--threads", "1");
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(out.getFileName() + ".stdout").toFile())
        .redirectError(dir.resolve(out.getFileName() + ".stderr").toFile())
        .start();
  }

  private void await(List<Process> processes) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    for (Process p : processes) {
      long left = deadline - System.nanoTime();
      if (!p.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS)) {
        processes.forEach(Process::destroyForcibly);
        throw new AssertionError("trace --all did not finish within " + BOUND_SECONDS + " s");
      }
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void fourProcessesOnOneEmptyCacheWriteWhatASingleRunWrites() throws Exception {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"),
        dir.resolve("nova.git"));
    // JSON only: it carries everything the WSD and PlantUML writers draw from, and each format costs ~20 s.
    for (String format : List.of("json")) {
      Path single = dir.resolve("single-" + format);
      Process alone = start(repo, dir.resolve("alone-cache-" + format), single, format);
      await(List.of(alone));
      assertEquals(0, alone.exitValue(), Files.readString(dir.resolve(single.getFileName() + ".stderr")));

      Path shared = dir.resolve("shared-cache-" + format);
      List<Process> together = new ArrayList<>();
      List<Path> outs = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        outs.add(dir.resolve("run" + i + "-" + format));
        together.add(start(repo, shared, outs.get(i), format));
      }
      await(together);

      List<Path> expected = files(single);
      assertTrue(expected.size() > 10, "trace --all wrote " + expected);
      for (int i = 0; i < PROCESSES; i++) {
        String stderr = Files.readString(dir.resolve(outs.get(i).getFileName() + ".stderr"));
        assertEquals(0, together.get(i).exitValue(), stderr);
        assertEquals(expected, files(outs.get(i)), "files of process " + i);
        for (Path f : expected) {
          assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(outs.get(i).resolve(f)),
              "process " + i + ", " + f);
        }
      }
      // A run on the now warm shared cache serves every entry and still writes the same bytes.
      Path warm = dir.resolve("warm-" + format);
      Process again = start(repo, shared, warm, format);
      await(List.of(again));
      assertEquals(0, again.exitValue());
      for (Path f : expected) {
        assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(warm.resolve(f)), "warm, " + f);
      }
    }
  }
}
