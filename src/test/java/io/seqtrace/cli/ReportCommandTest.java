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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seqtrace report} end to end through {@link Main#run}: output, exit codes, error lines. */
class ReportCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int report(String... ops) {
    TestRepo repo = TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), dir.resolve("repo"));
    String[] args = {"report", "--repo", repo.dir().toString(), "--cache-dir", dir.resolve("cache").toString(),
        "--ref", "2.0.0", "--out", dir.resolve("out").toString()};
    String[] all = new String[args.length + 2 * ops.length];
    System.arraycopy(args, 0, all, 0, args.length);
    for (int i = 0; i < ops.length; i++) {
      all[args.length + 2 * i] = "--op";
      all[args.length + 2 * i + 1] = ops[i];
    }
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), all);
  }

  @Test
  void writesTheIndexAndPrintsItsPath() {
    assertEquals(0, report("pause"));
    assertEquals(dir.resolve("out/index.html").toString(), out.toString(StandardCharsets.UTF_8).strip());
    assertTrue(Files.exists(dir.resolve("out/ops/pause.html")));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("reported 1 operations"));
  }

  @Test
  void unknownOperationIsOneLineAndExitTwo() {
    assertEquals(2, report("levitate"));
    assertEquals("seqtrace: unknown operation 'levitate' at 2.0.0 (run 'seqtrace ops' to list them)",
        err.toString(StandardCharsets.UTF_8).strip());
  }
}
