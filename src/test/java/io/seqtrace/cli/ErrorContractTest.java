package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.Limits;
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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error contract, one test per row of README's "Errors and limits" table: every bad input
 * gets exit code 2 (or 0 with a report, for files {@code parse} cannot read), one line per error on
 * stderr, and a stack trace only with {@code --debug}. Keep the table and these tests in sync.
 */
class ErrorContractTest {
  @TempDir static Path shared;
  private static TestRepo repo;
  @TempDir Path dir;
  private Path cache;

  @BeforeAll
  static void repository() {
    // Built once: the rows only read it, and building it per test would double the run time.
    repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), shared.resolve("nova.git"));
  }

  @BeforeEach
  void cacheDir() {
    cache = dir.resolve("cache");
  }

  /** What one run printed. */
  private record Outcome(int exit, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
  }

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Exit 2, exactly {@code expected} on stderr, and no stack trace. */
  private static void assertInputError(Outcome outcome, String... expected) {
    assertEquals(String.join("\n", expected) + "\n", outcome.err(), "stderr");
    assertEquals(2, outcome.exit(), outcome.err());
    assertNoStackTrace(outcome);
  }

  /** A usage error: the message, then the one hint line pointing at --help. */
  private static void assertUsageError(Outcome outcome, String message, String command) {
    assertInputError(outcome, "seqtrace: " + message, "Try '" + command + " --help' for more information.");
  }

  private static void assertNoStackTrace(Outcome outcome) {
    assertFalse(outcome.err().contains("\tat "), outcome.err());
    assertFalse(outcome.out().contains("\tat "), outcome.out());
  }

  private String[] repoArgs(String command, String... more) {
    String[] head = {command, "--repo", repo.dir().toString(), "--cache-dir", cache.toString()};
    String[] all = Arrays.copyOf(head, head.length + more.length);
    System.arraycopy(more, 0, all, head.length, more.length);
    return all;
  }

  // ---- usage errors ----

  @Test
  void noCommand() {
    assertUsageError(run(), "missing command", "seqtrace");
  }

  @Test
  void unknownCommand() {
    assertUsageError(run("frobnicate"), "unknown command 'frobnicate' (run 'seqtrace --help' to list them)", "seqtrace");
  }

  @Test
  void mistypedCommand() {
    assertUsageError(run("trac"), "unknown command 'trac'; did you mean 'trace'?", "seqtrace");
    assertUsageError(run("Regen"), "unknown command 'Regen'; did you mean 'regen'?", "seqtrace");
  }

  @Test
  void mistypedOption() {
    assertUsageError(run(repoArgs("trace", "--ref", "1.0.0", "--op", "pause", "--form", "mermaid")),
        "Unknown option: '--form'; did you mean '--format'?", "seqtrace trace");
    assertUsageError(run(repoArgs("trace", "--ref", "1.0.0", "--op", "pause", "--fromat=wsd")),
        "Unknown option: '--fromat'; did you mean '--format'?", "seqtrace trace");
  }

  @Test
  void mistypedOperation() {
    assertInputError(run(repoArgs("trace", "--ref", "1.0.0", "--op", "live-migrate", "--out", dir.resolve("out").toString())),
        "seqtrace: unknown operation 'live-migrate' at 1.0.0; did you mean 'live_migrate'?");
    assertInputError(run(repoArgs("trace", "--ref", "1.0.0", "--op", "Pause", "--out", dir.resolve("out").toString())),
        "seqtrace: unknown operation 'Pause' at 1.0.0; did you mean 'pause'?");
    assertInputError(run(repoArgs("report", "--ref", "1.0.0", "--op", "paws", "--out", dir.resolve("report").toString())),
        "seqtrace: unknown operation 'paws' at 1.0.0; did you mean 'pause'?");
    assertInputError(run(repoArgs("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "unlokc")),
        "seqtrace: unknown operation 'unlokc' at 1.0.0 and 2.0.0; did you mean 'unlock'?");
  }

  @Test
  void mistypedRef() {
    assertInputError(run(repoArgs("parse", "--ref", "v1.0.0")),
        "seqtrace: unknown ref 'v1.0.0' in " + repo.dir() + "; did you mean '1.0.0'?");
    // Equally close: tags of the same shape first, then branches.
    assertInputError(run(repoArgs("parse", "--ref", "2.0.1")),
        "seqtrace: unknown ref '2.0.1' in " + repo.dir() + "; did you mean '1.0.1' or '2.0.0'?");
    assertInputError(run(repoArgs("parse", "--ref", "mian")),
        "seqtrace: unknown ref 'mian' in " + repo.dir() + "; did you mean 'main'?");
  }

  @Test
  void refIsRequiredInUsageLines() {
    Outcome help = run("trace", "--help");
    assertTrue(help.out().contains(" --ref=REF "), help.out());
    assertFalse(help.out().contains("[--ref=REF]"), help.out());
  }

  @Test
  void unknownOption() {
    assertUsageError(run(repoArgs("parse", "--ref", "1.0.0", "--bogus")), "Unknown option: '--bogus'", "seqtrace parse");
  }

  @Test
  void missingRef() {
    assertUsageError(run(repoArgs("parse")), "Missing required option: '--ref=REF'", "seqtrace parse");
  }

  @Test
  void badThreads() {
    assertUsageError(run(repoArgs("parse", "--ref", "1.0.0", "--threads", "0")), "--threads must be at least 1, not 0",
        "seqtrace parse");
  }

  @Test
  void badRenderFormat() throws IOException {
    Path wsd = Files.writeString(dir.resolve("a.wsd"), "a->b: x\n");
    assertUsageError(run("render", wsd.toString(), "--format", "gif", "--out", dir.toString()),
        "--format must be svg, png or mermaid, not 'gif'", "seqtrace render");
  }

  @Test
  void badDetail() {
    Outcome outcome = run(repoArgs("trace", "--ref", "1.0.0", "--op", "pause", "--detail", "some"));
    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(outcome.errLines().get(0).startsWith("seqtrace: Invalid value for option '--detail': "), outcome.err());
    assertTrue(outcome.errLines().get(0).contains("--detail must be rpc, default or full, not 'some'"), outcome.err());
    assertNoStackTrace(outcome);
  }

  @Test
  void unknownProfile() {
    assertInputError(run(repoArgs("ops", "--ref", "1.0.0", "--profile", "glance")),
        "seqtrace: --profile glance: neither a built-in profile (nova, cinder, manila, sahara) nor a file");
  }

  @Test
  void traceWithoutOperation() {
    assertUsageError(run(repoArgs("trace", "--ref", "1.0.0")), "Missing required argument (specify one of these): (--op=NAME"
        + " [--op=NAME]... | --all)", "seqtrace trace");
  }

  // ---- repositories and refs ----

  @Test
  void missingRepoDirectory() {
    Path missing = dir.resolve("nope");
    assertInputError(run("parse", "--repo", missing.toString(), "--ref", "1.0.0"),
        "seqtrace: --repo " + missing + ": no such directory");
  }

  @Test
  void repoIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertInputError(run("ops", "--repo", file.toString(), "--ref", "1.0.0"), "seqtrace: --repo " + file + ": not a directory");
  }

  @Test
  void repoIsNotGit() throws IOException {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    assertInputError(run("trace", "--repo", plain.toString(), "--ref", "1.0.0", "--op", "pause"),
        "seqtrace: --repo " + plain + ": not a git repository");
  }

  @Test
  void unknownRef() {
    assertInputError(run(repoArgs("parse", "--ref", "9.9.9")),
        "seqtrace: unknown ref '9.9.9' in " + repo.dir() + " (try a tag such as 1.0.0, a branch or a commit id)");
  }

  @Test
  void unknownPath() {
    assertInputError(run(repoArgs("parse", "--ref", "1.0.0", "--path", "neutron")),
        "seqtrace: path 'neutron' not found at 1.0.0 in " + repo.dir());
  }

  @Test
  void unreachableFileUrl() {
    Outcome outcome = run("parse", "--repo", "file:///nonexistent/nova.git", "--ref", "1.0.0", "--cache-dir", cache.toString());
    assertOneErrorLine(outcome, "seqtrace: file:///nonexistent/nova.git: cannot clone: ");
    assertNoCloneLeftBehind();
  }

  @Test
  void unreachableHttpUrl() {
    // Port 9 (discard) on loopback: refused at once, and nothing leaves this machine.
    Outcome outcome = run("ops", "--repo", "http://127.0.0.1:9/x.git", "--ref", "1.0.0", "--cache-dir", cache.toString());
    assertOneErrorLine(outcome, "seqtrace: http://127.0.0.1:9/x.git: cannot clone: ");
    assertNoCloneLeftBehind();
  }

  /** A failed clone leaves neither a mirror nor a temporary directory in the cache. */
  private void assertNoCloneLeftBehind() {
    Path repos = cache.resolve("repos");
    if (Files.isDirectory(repos)) {
      try (var entries = Files.list(repos)) {
        assertEquals(List.of(), entries.toList());
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** One progress line ("Cloning ... into ...") may come first; the error is then exactly one line. */
  private static void assertOneErrorLine(Outcome outcome, String prefix) {
    assertEquals(2, outcome.exit(), outcome.err());
    assertNoStackTrace(outcome);
    List<String> errors = outcome.errLines().stream().filter(l -> l.startsWith("seqtrace: ")).toList();
    assertEquals(1, errors.size(), outcome.err());
    assertTrue(errors.get(0).startsWith(prefix), outcome.err());
    assertTrue(outcome.errLines().stream().allMatch(l -> l.startsWith("seqtrace: ") || l.startsWith("Cloning ")),
        outcome.err());
  }

  @Test
  void unknownOperation() {
    assertInputError(run(repoArgs("trace", "--ref", "1.0.0", "--op", "nope", "--out", dir.resolve("out").toString())),
        "seqtrace: unknown operation 'nope' at 1.0.0 (run 'seqtrace ops' to list them)");
    assertFalse(Files.exists(dir.resolve("out")), "no output directory for a failed trace");
  }

  @Test
  void diffOfAnOperationUnknownAtBothRefs() {
    assertInputError(run(repoArgs("diff", "--from", "1.0.0", "--to", "2.0.0", "--op", "nope")),
        "seqtrace: unknown operation 'nope' at 1.0.0 and 2.0.0 (run 'seqtrace ops' to list them)");
  }

  @Test
  void diffWithoutTo() {
    assertUsageError(run(repoArgs("diff", "--from", "1.0.0")), "Missing required option: '--to=REF'", "seqtrace diff");
  }

  @Test
  void checkWithoutScripts() {
    assertUsageError(run(repoArgs("check", "--ref", "1.0.0")), "Missing required option: '--scripts=DIR|FILE'",
        "seqtrace check");
  }

  @Test
  void checkScriptsDirectoryMissing() {
    Path missing = dir.resolve("no-scripts");
    assertInputError(run(repoArgs("check", "--ref", "1.0.0", "--scripts", missing.toString())),
        "seqtrace: " + missing + ": no such file or directory");
  }

  @Test
  void checkAndRegenOfAnEmptyDirectory() throws java.io.IOException {
    Path empty = java.nio.file.Files.createDirectories(dir.resolve("no-wsd"));
    assertInputError(run(repoArgs("check", "--ref", "1.0.0", "--scripts", empty.toString())),
        "seqtrace: " + empty + ": no .wsd scripts in this directory");
    assertInputError(run(repoArgs("regen", "--ref", "1.0.0", "--scripts", empty.toString(), "--out",
        dir.resolve("out").toString())), "seqtrace: " + empty + ": no .wsd scripts in this directory");
  }

  @Test
  void regenScriptsMissing() {
    Path missing = dir.resolve("no-scripts");
    assertInputError(run(repoArgs("regen", "--ref", "1.0.0", "--scripts", missing.toString(), "--out",
        dir.resolve("out").toString())), "seqtrace: " + missing + ": no such file or directory");
  }

  @Test
  void reportOfAnUnknownOperation() {
    assertInputError(run(repoArgs("report", "--ref", "1.0.0", "--op", "nope", "--out", dir.resolve("out").toString())),
        "seqtrace: unknown operation 'nope' at 1.0.0 (run 'seqtrace ops' to list them)");
  }

  // ---- files in the repository that parse cannot read ----

  @Test
  void binaryNonUtf8AndOversizedFilesAreReportedAndSkipped() {
    byte[] big = new byte[64];
    Arrays.fill(big, (byte) '#');
    TestRepo bad = TestRepos.builder(dir.resolve("bad"))
        .file("nova/__init__.py", "")
        .file("nova/ok.py", "x = 1\n")
        .file("nova/binary.py", new byte[] {'x', 0, 1})
        .file("nova/latin1.py", new byte[] {'s', '=', '\'', (byte) 0xe9, '\'', '\n'})
        .file("nova/big.py", big)
        .commit("bad files")
        .tag("1.0.0")
        .build();
    String old = System.setProperty(Limits.MAX_FILE_BYTES, "32");
    Outcome outcome;
    try {
      outcome = run("parse", "--repo", bad.dir().toString(), "--ref", "1.0.0", "--no-cache");
    } finally {
      restore(Limits.MAX_FILE_BYTES, old);
    }
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals("", outcome.err());
    List<String> lines = Arrays.asList(outcome.out().split("\n"));
    assertTrue(lines.get(0).startsWith("parsed 5 files, 1 lines at 1.0.0"), outcome.out());
    assertEquals(List.of(
        "nova/big.py:1:1: file too large (64 bytes > limit 32; raise with -Dseqtrace.maxFileBytes)",
        "nova/binary.py:1:1: binary file (NUL byte at offset 1)",
        "nova/latin1.py:1:1: not valid UTF-8 text (byte 0xe9 at offset 3)"), lines.subList(1, lines.size()));
  }

  @Test
  void malformedLimitProperty() {
    String old = System.setProperty(Limits.MAX_FILE_BYTES, "lots");
    try {
      assertInputError(run(repoArgs("parse", "--ref", "1.0.0", "--no-cache")),
          "seqtrace: -Dseqtrace.maxFileBytes must be a positive whole number, not 'lots'");
    } finally {
      restore(Limits.MAX_FILE_BYTES, old);
    }
  }

  private static void restore(String property, String old) {
    if (old == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, old);
    }
  }

  // ---- scripts ----

  @Test
  void malformedScript() throws IOException {
    Path wsd = Files.writeString(dir.resolve("bad.wsd"), "title t\na->b: ok\nthis is not a message\n");
    Path out = dir.resolve("img");
    assertInputError(run("render", wsd.toString(), "--out", out.toString()),
        wsd + ":3: unrecognised line: 'this is not a message'");
    assertFalse(Files.exists(out.resolve("bad.svg")));
  }

  @Test
  void missingScript() {
    Path wsd = dir.resolve("missing.wsd");
    Outcome outcome = run("render", wsd.toString(), "--out", dir.toString());
    assertInputError(outcome, wsd + ": no such file");
  }

  @Test
  void scriptIsNotUtf8() throws IOException {
    Path wsd = Files.write(dir.resolve("latin1.wsd"), new byte[] {'a', '-', '>', 'b', ':', ' ', (byte) 0xe9, '\n'});
    assertInputError(run("render", wsd.toString(), "--out", dir.toString()),
        wsd + ": not valid UTF-8 text");
  }

  @Test
  void includeDirectiveIsRefused() throws IOException {
    Path wsd = Files.writeString(dir.resolve("include.wsd"), "a->b: x\n!include /etc/passwd\n");
    assertInputError(run("render", wsd.toString(), "--out", dir.toString()),
        wsd + ":2: unrecognised line: '!include /etc/passwd'");
  }

  @Test
  void unsafeDirectivesInLabelsAreDrawnAsText() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42\n");
    Path json = Files.writeString(dir.resolve("secret.json"), "{\"k\": \"JSON-SECRET-43\"}\n");
    Path wsd = Files.writeString(dir.resolve("labels.wsd"), String.join("\n",
        "a->b: <img:" + secret + ">",
        "b->a: %load_json(\"" + json + "\")",
        "note over a: !include " + secret,
        "a->b: %getenv(\"HOME\") and %filename()",
        ""));
    Path out = dir.resolve("img");
    Outcome outcome = run("render", wsd.toString(), "--out", out.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    String svg = Files.readString(out.resolve("labels.svg"));
    assertFalse(svg.contains("TOP-SECRET-42"), "file content leaked into the image");
    assertFalse(svg.contains("JSON-SECRET-43"), "JSON content leaked into the image");
    assertFalse(svg.contains(System.getProperty("user.home") + "<"), "environment leaked into the image");
    assertTrue(svg.contains("load_json"), "the label is drawn as written");
  }

  @Test
  void diagramTooLargeToRender() throws IOException {
    Path wsd = Files.writeString(dir.resolve("big.wsd"), "a->b: 1\nb->a: 2\na->b: 3\n");
    String old = System.setProperty(Limits.MAX_RENDER_ELEMENTS, "2");
    try {
      assertInputError(run("render", wsd.toString(), "--out", dir.resolve("img").toString()),
          wsd + ": diagram too large to render (3 elements > limit 2; raise with -Dseqtrace.maxRenderElements)");
    } finally {
      restore(Limits.MAX_RENDER_ELEMENTS, old);
    }
    assertFalse(Files.exists(dir.resolve("img/big.svg")));
  }

  // ---- --debug ----

  @Test
  void debugPrintsTheStackTraceAndStillOneMessage() {
    Outcome outcome = run(repoArgs("parse", "--ref", "9.9.9", "--debug"));
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().contains("\tat "), outcome.err());
    assertEquals(1, outcome.errLines().stream().filter(l -> l.startsWith("seqtrace: ")).count(), outcome.err());
  }

  @Test
  void debugOnAUsageErrorPrintsTheStackTrace() {
    Outcome outcome = run("parse", "--bogus", "--debug");
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().contains("\tat "), outcome.err());
  }
}
