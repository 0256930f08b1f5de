package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.project.CodebaseFixture;
import io.seqtrace.testing.TestRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seqtrace parse} end to end on a small repository, through {@link Main#run}. */
class ParseCommandTest {
  @TempDir Path dir;
  private TestRepo repo;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void build() {
    repo = CodebaseFixture.build(dir.resolve("repo"));
  }

  private int parse(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "parse";
    all[1] = "--repo";
    all[2] = repo.dir().toString();
    all[3] = "--cache-dir";
    all[4] = dir.resolve("cache").toString();
    System.arraycopy(args, 0, all, 5, args.length);
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), all);
  }

  /** The output with the timing, the one thing that differs between runs, made fixed. */
  private String out() {
    return out.toString(StandardCharsets.UTF_8)
        .replaceAll("in \\d+\\.\\d\\d s", "in 0.00 s")
        .replaceAll("\"seconds\":\\d+\\.\\d\\d", "\"seconds\":0.00");
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String shortId(int commit) {
    return repo.commits().get(commit).substring(0, 10);
  }

  @Test
  void printsASummaryLine() {
    assertEquals(0, parse("--ref", "1.0.0"));
    assertEquals("parsed 4 files, 4 lines at 1.0.0 (" + shortId(0) + "): 0 errors in 0.00 s\n", out());
    assertEquals("", err());
  }

  @Test
  void printsEachErrorAndStillExitsZero() {
    assertEquals(0, parse("--ref", "2.0.0", "--no-cache"));
    assertEquals("parsed 7 files, 6 lines at 2.0.0 (" + shortId(1) + "): 3 errors in 0.00 s\n"
        + "nova/bad.py:2:7: mismatched input '$' expecting {NEWLINE, ';'}\n"
        + "nova/binary.py:1:1: binary file (NUL byte at offset 1)\n"
        + "nova/latin1.py:1:1: not valid UTF-8 text (byte 0xe9 at offset 5)\n", out());
    assertFalse(Files.exists(dir.resolve("cache/blobs")), "--no-cache writes no models");
  }

  @Test
  void includesTestsAndTakesAPath() {
    assertEquals(0, parse("--ref", "1.0.0", "--include-tests", "--path", "nova/tests", "--threads", "1"));
    assertEquals("parsed 2 files, 2 lines at 1.0.0 (" + shortId(0) + "): 0 errors in 0.00 s\n", out());
  }

  @Test
  void printsJsonWithKeysInOrder() {
    assertEquals(0, parse("--ref", "2.0.0", "--json"));
    assertEquals("{\"files\":7,\"lines\":6,\"errors\":["
        + "{\"path\":\"nova/bad.py\",\"line\":2,\"column\":7,\"message\":\"mismatched input '$' expecting {NEWLINE, ';'}\"},"
        + "{\"path\":\"nova/binary.py\",\"line\":1,\"column\":1,\"message\":\"binary file (NUL byte at offset 1)\"},"
        + "{\"path\":\"nova/latin1.py\",\"line\":1,\"column\":1,\"message\":\"not valid UTF-8 text (byte 0xe9 at offset 5)\"}"
        + "],\"seconds\":0.00}\n", out());
  }

  @Test
  void jsonOfACleanRevisionHasAnEmptyErrorList() {
    assertEquals(0, parse("--ref", "1.0.0", "--json"));
    assertEquals("{\"files\":4,\"lines\":4,\"errors\":[],\"seconds\":0.00}\n", out());
  }

  @Test
  void unknownRefIsOneLineAndExitTwo() {
    assertEquals(2, parse("--ref", "1.0.x"));
    assertEquals("seqtrace: unknown ref '1.0.x' in " + repo.dir() + "; did you mean '1.0.0'?\n", err());
    assertEquals("", out());
  }

  @Test
  void unknownPathIsOneLineAndExitTwo() {
    assertEquals(2, parse("--ref", "1.0.0", "--path", "neutron"));
    assertEquals("seqtrace: path 'neutron' not found at 1.0.0 in " + repo.dir() + "\n", err());
  }

  @Test
  void notARepositoryIsExitTwo() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "parse", "--repo", plain.toString(), "--ref", "1.0.0");
    assertEquals(2, code);
    assertEquals("seqtrace: --repo " + plain + ": not a git repository\n", err());
  }

  @Test
  void missingRefIsAUsageError() {
    assertEquals(2, parse());
    assertEquals("seqtrace: Missing required option: '--ref=REF'\nTry 'seqtrace parse --help' for more information.\n",
        err());
  }

  @Test
  void zeroThreadsIsAUsageError() {
    assertEquals(2, parse("--ref", "1.0.0", "--threads", "0"));
    assertTrue(err().startsWith("seqtrace: --threads must be at least 1, not 0\n"), err());
  }

  @Test
  void noStackTraceUnlessDebug() {
    assertEquals(2, parse("--ref", "nope"));
    assertFalse(err().contains("\tat "), err());
    err.reset();
    assertEquals(2, parse("--ref", "nope", "--debug"));
    assertTrue(err().startsWith("io.seqtrace.error.InputException: unknown ref 'nope'"), err());
    assertTrue(err().contains("\tat io.seqtrace.source.GitSource.resolve"), err());
    assertTrue(err().endsWith("seqtrace: unknown ref 'nope' in " + repo.dir() + " (try a tag such as 1.0.0, a branch or a commit id)\n"),
        err());
  }
}
