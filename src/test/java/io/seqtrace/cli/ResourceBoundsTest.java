package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.python.ParseResult;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile sizes finish or fail cleanly in bounded time: huge and deeply nested Python, huge and
 * deeply nested scripts, a repository of 100,000 files. Bounds are generous (a shared 2-core
 * machine); what they catch is a hang, a crash or a blow-up, not a slowdown.
 */
class ResourceBoundsTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private final PythonSourceParser parser = new PythonSourceParser();
  @TempDir Path dir;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  // ---- Python ----

  @Test
  void fiveMegabyteOneLineFileIsSkippedByParse() {
    String line = "x = [" + "1, ".repeat(5 * 1024 * 1024 / 3) + "]";
    Path repo = TestRepos.builder(dir.resolve("repo")).file("nova/__init__.py", "").file("nova/huge.py", line)
        .commit("huge").tag("1.0.0").build().dir();
    Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("parse", "--repo", repo.toString(), "--ref", "1.0.0",
        "--no-cache"));
    assertEquals(0, outcome.exit(), outcome.err());
    assertTrue(outcome.out().contains("nova/huge.py:1:1: file too large (" + line.length()
        + " bytes > limit 2097152; raise with -Dseqtrace.maxFileBytes)"), outcome.out());
  }

  @Test
  void fiveMegabyteOneLineTextStillParsesThroughTheLibrary() {
    String text = "x = 1  # " + "a".repeat(5 * 1024 * 1024) + "\n";
    ParseResult result = assertTimeoutPreemptively(BOUND, () -> parser.parse("huge.py", "huge", text));
    assertEquals(java.util.List.of(), result.errors());
    assertEquals(1, result.module().lines());
  }

  @Test
  void tenThousandNestedParentheses() {
    String text = "x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n";
    ParseResult result = assertTimeoutPreemptively(BOUND, () -> parser.parse("deep.py", "deep", text));
    assertEquals("deep.py:1:205: too many nested brackets (more than 200)", result.errors().get(0).toString());
  }

  @Test
  void tenThousandNestedBrackets() {
    String text = "x = " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    ParseResult result = assertTimeoutPreemptively(BOUND, () -> parser.parse("deep.py", "deep", text));
    assertEquals("deep.py:1:205: too many nested brackets (more than 200)", result.errors().get(0).toString());
  }

  @Test
  void tenThousandLevelsOfIndentation() {
    StringBuilder text = new StringBuilder();
    for (int level = 0; level < 10_000; level++) {
      text.append(" ".repeat(level)).append("if x:\n");
    }
    text.append(" ".repeat(10_000)).append("pass\n");
    ParseResult result = assertTimeoutPreemptively(BOUND, () -> parser.parse("deep.py", "deep", text.toString()));
    assertEquals("deep.py:102:1: too many levels of indentation (more than 100)", result.errors().get(0).toString());
  }

  // ---- scripts ----

  @Test
  void twentyThousandMessagesAreReadButNotRendered() throws IOException {
    StringBuilder script = new StringBuilder("title huge\n");
    for (int i = 0; i < 20_000; i++) {
      script.append(i % 2 == 0 ? "a->b: call " : "b-->a: reply ").append(i).append('\n');
    }
    Path wsd = Files.writeString(dir.resolve("huge.wsd"), script);
    Diagram diagram = assertTimeoutPreemptively(BOUND, () -> WsdReader.read(wsd));
    assertEquals(20_001, diagram.elements().size()); // the messages and the title's place
    assertTimeoutPreemptively(BOUND, () -> WsdWriter.write(diagram));
    Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("render", wsd.toString(), "--out", dir.toString()));
    assertEquals(2, outcome.exit());
    assertEquals(wsd + ": diagram too large to render (20001 elements > limit 5000; raise with"
        + " -Dseqtrace.maxRenderElements)\n", outcome.err());
    assertFalse(Files.exists(dir.resolve("huge.svg")));
  }

  @Test
  void tenThousandNestedFragmentsAreRefusedWhereTheyGoTooDeep() throws IOException {
    // Regression: WsdWriter overflowed the stack on this before the reader bounded the depth.
    String script = "alt x\n".repeat(10_000) + "a->b: deep\n" + "end\n".repeat(10_000);
    Path wsd = Files.writeString(dir.resolve("deep.wsd"), script);
    Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("render", wsd.toString(), "--out", dir.toString()));
    assertEquals(2, outcome.exit());
    assertEquals(wsd + ":101: fragments nested too deeply (more than 100)\n", outcome.err());
  }

  // ---- repositories ----

  @Test
  void hundredThousandFiles() throws IOException {
    Path gitDir = dir.resolve("wide.git");
    hundredThousandFileRepo(gitDir);
    Outcome outcome = assertTimeoutPreemptively(BOUND, () -> run("parse", "--repo", gitDir.toString(),
        "--ref", "1.0.0", "--no-cache"));
    assertEquals(0, outcome.exit(), outcome.err());
    assertTrue(outcome.out().startsWith("parsed 1000 files, 999 lines at 1.0.0"), outcome.out());
  }

  /**
   * One commit whose {@code nova/} holds 100,000 files, written as one pack: no loose objects and
   * no work tree, so the test costs one file on disk, not 100,000. One in a hundred is a distinct
   * module; the others share one data blob, which keeps the build and the parse to seconds while
   * listing and filtering still see all 100,000 entries (all modules took ~80 s here).
   */
  private static void hundredThousandFileRepo(Path gitDir) throws IOException {
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build()) {
      repo.create(true);
      // A pack inserter (JGit-internal, fine in a test) instead of the default one, which writes loose files.
      try (ObjectInserter inserter = ((ObjectDirectory) repo.getObjectDatabase()).newPackInserter()) {
        ObjectId data = inserter.insert(Constants.OBJ_BLOB, "data\n".getBytes(StandardCharsets.UTF_8));
        TreeFormatter nova = new TreeFormatter();
        nova.append("__init__.py", FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, new byte[0]));
        for (int i = 1; i < 100_000; i++) {
          // Zero-padded names sort in git's tree order, which TreeFormatter requires.
          if (i % 100 == 0) {
            byte[] text = ("x = " + i + "\n").getBytes(StandardCharsets.UTF_8);
            nova.append(String.format("f%05d.py", i), FileMode.REGULAR_FILE, inserter.insert(Constants.OBJ_BLOB, text));
          } else {
            nova.append(String.format("f%05d.txt", i), FileMode.REGULAR_FILE, data);
          }
        }
        TreeFormatter root = new TreeFormatter();
        root.append("nova", FileMode.TREE, inserter.insert(nova));
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(inserter.insert(root));
        PersonIdent ident = new PersonIdent(TestRepos.NAME, TestRepos.EMAIL, TestRepos.EPOCH, java.time.ZoneOffset.UTC);
        commit.setAuthor(ident);
        commit.setCommitter(ident);
        commit.setMessage("wide\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        RefUpdate tag = repo.updateRef(Constants.R_TAGS + "1.0.0");
        tag.setNewObjectId(id);
        tag.update();
      }
    }
  }
}
