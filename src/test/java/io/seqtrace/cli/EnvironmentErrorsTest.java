package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.EnvironmentErrors;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures of the machine rather than of seqtrace (an output path that is a file or a dangling
 * link, a full disk, a damaged repository, no memory) are one {@code seqtrace: PATH: reason} line
 * with exit 2 and no Java class name; commands over many scripts say it once.
 */
class EnvironmentErrorsTest {
  @TempDir Path dir;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private TestRepo repo() {
    return TestRepos.builder(dir.resolve("repo.git")).bare()
        .file("nova/__init__.py", "").file("nova/api.py", "def pause(self):\n    pass\n")
        .commit("one").tag("1.0.0").build();
  }

  private static void assertOneLine(Outcome outcome, String expected) {
    assertEquals(expected + "\n", outcome.err());
    assertEquals(2, outcome.exit());
  }

  @Test
  void outThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "mine");
    Outcome outcome = run("trace", "--repo", repo().dir().toString(), "--ref", "1.0.0", "--all", "--cache-dir",
        dir.resolve("cache").toString(), "--out", file.toString());
    assertOneLine(outcome, "seqtrace: " + file + ": is a file, not a directory; choose a directory");
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void outBelowAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "mine");
    Path wsd = Files.writeString(dir.resolve("a.wsd"), "a->b: x\n");
    assertOneLine(run("render", wsd.toString(), "--out", file.resolve("sub").toString()),
        "seqtrace: " + file.resolve("sub") + ": not a directory (part of the path is a file); choose a directory");
  }

  @Test
  void outThatIsADanglingSymlink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("nowhere"));
    Path wsd = Files.writeString(dir.resolve("a.wsd"), "a->b: x\n");
    assertOneLine(run("render", wsd.toString(), "--out", link.toString()),
        "seqtrace: " + link + ": dangling symbolic link (to " + dir.resolve("nowhere")
            + ", which does not exist); remove the link or create its target");
  }

  @Test
  void everyScriptFailingTheSameWayIsOneLine() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> args = new java.util.ArrayList<>(List.of("render", "--out", out.toString()));
    for (String name : List.of("a", "b", "c")) {
      args.add(Files.writeString(dir.resolve(name + ".wsd"), "a->b: x\n").toString());
      // A directory where the image should go: no script can be written.
      Files.writeString(Files.createDirectories(out.resolve(name + ".svg")).resolve("keep"), "x");
    }
    Outcome outcome = run(args.toArray(String[]::new));
    assertEquals(2, outcome.exit());
    assertEquals(1, outcome.err().lines().count(), outcome.err());
    assertTrue(outcome.err().startsWith("seqtrace: all 3 scripts failed: "), outcome.err());
    assertTrue(outcome.err().endsWith(" (first: " + out.resolve("a.svg") + ")\n"), outcome.err());
    assertFalse(outcome.err().contains("Exception"), outcome.err());
  }

  @Test
  void regenWithOutThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("afile"), "mine");
    Path wsd = Files.writeString(dir.resolve("pause.wsd"), "a->b: x\n");
    Outcome outcome = run("regen", "--repo", repo().dir().toString(), "--ref", "1.0.0", "--cache-dir",
        dir.resolve("cache").toString(), "--scripts", wsd.toString(), "--out", file.toString());
    assertOneLine(outcome, "seqtrace: " + file + ": is a file, not a directory; choose a directory");
  }

  @Test
  void regenSaysOnceWhenEveryScriptFailsTheSameWay() throws IOException {
    Path scripts = Files.createDirectories(dir.resolve("scripts"));
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String name : List.of("one", "two")) {
      Files.writeString(scripts.resolve(name + ".wsd"), "a->b: x\n");
      Files.writeString(Files.createDirectories(out.resolve(name + ".wsd")).resolve("keep"), "x");
    }
    Outcome outcome = run("regen", "--repo", repo().dir().toString(), "--ref", "1.0.0", "--cache-dir",
        dir.resolve("cache").toString(), "--scripts", scripts.toString(), "--out", out.toString());
    assertEquals(2, outcome.exit());
    List<String> errors = outcome.err().lines().filter(l -> !l.contains(": warning: ")).toList();
    assertEquals(2, errors.size(), outcome.err());
    assertEquals("seqtrace: all 2 scripts failed: is a directory; remove it or write elsewhere (first: "
        + out.resolve("one.wsd") + ")", errors.get(0));
    assertTrue(errors.get(1).startsWith("regenerated 2 scripts at 1.0.0 ("), outcome.err());
  }

  /** Deletes the loose object of {@code content} from {@code repo}, as a damaged copy would lack it. */
  private static String deleteBlob(TestRepo repo, String content) throws IOException {
    String id;
    try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
      id = f.idFor(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8)).name();
    }
    Files.delete(repo.dir().resolve("objects").resolve(id.substring(0, 2)).resolve(id.substring(2)));
    return id;
  }

  @Test
  void aRepositoryMissingAnObject() throws IOException {
    TestRepo repo = repo();
    String id = deleteBlob(repo, "def pause(self):\n    pass\n");
    assertOneLine(run("parse", "--repo", repo.dir().toString(), "--ref", "1.0.0", "--no-cache"),
        "seqtrace: " + repo.dir() + ": object " + id + " is missing; the repository is damaged or incomplete"
            + " (run 'git fsck', or clone it again)");
  }

  @Test
  void aFailedFileCloneIsOneLineAndJGitPrintsNothing() throws IOException {
    TestRepo repo = repo();
    deleteBlob(repo, "def pause(self):\n    pass\n");
    String url = repo.dir().toUri().toString();
    PrintStream realErr = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    Outcome outcome;
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      outcome = run("parse", "--repo", url, "--ref", "1.0.0", "--cache-dir", dir.resolve("cache").toString());
    } finally {
      System.setErr(realErr);
    }
    assertEquals("", stray.toString(StandardCharsets.UTF_8), "JGit's worker thread printed to stderr");
    assertEquals(2, outcome.exit());
    List<String> lines = outcome.err().lines().toList();
    // Progress first ("Cloning ...", "remote: Finding sources: 50% (3/6)"), then the one error line.
    assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.startsWith("Cloning ")
        || l.startsWith("remote: ")), outcome.err());
    assertEquals("seqtrace: " + url + ": cannot clone: the repository cannot be read (an object may be missing;"
        + " run 'git fsck' in it)", lines.get(lines.size() - 1));
  }

  @Test
  void fullDiskNamesThePathAndWhatToDo() throws IOException {
    Path full = Path.of("/dev/full");
    // The message a full disk really gives, from Linux's /dev/full when it is the real device (never
    // a regular file someone left there; opened without CREATE or TRUNCATE, so this test cannot
    // create or change a file in /dev), else the same words as the JDK prints them.
    String message = "No space left on device";
    if (Files.exists(full) && !Files.isRegularFile(full) && !Files.isDirectory(full)) {
      IOException real = assertThrows(IOException.class, () -> {
        try (OutputStream out = Files.newOutputStream(full, StandardOpenOption.WRITE)) {
          out.write(new byte[1 << 16]);
        }
      });
      message = real.getMessage();
    }
    // No path in it: AtomicFiles adds the target's.
    FileSystemException wrapped = new FileSystemException("/out/pause.svg", null, message);
    assertEquals(Optional.of("/out/pause.svg: no space left on device; free some space or write elsewhere"),
        EnvironmentErrors.describe(new java.io.UncheckedIOException(wrapped)));
  }

  @Test
  void outOfMemoryIsNotAnInternalError() {
    assertEquals(Optional.of("out of memory; give Java more with SEQTRACE_JAVA_OPTS=-Xmx4g, or use fewer --threads"),
        EnvironmentErrors.describe(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
  }
}
