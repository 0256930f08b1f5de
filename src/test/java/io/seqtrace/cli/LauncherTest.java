package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.wsd.WsdTestFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/seqtrace} never changes a command's exit code or hides its output because of its
 * class-data sharing archive: not while recording one, not when it cannot be written, not when a
 * recorded one is truncated. Runs the real launcher from a copy of the project whose
 * {@code target/seqtrace.jar} points at the classes under test.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path project;
  private Path script;

  @BeforeEach
  void project() throws IOException {
    assumeTrue(new File("/bin/sh").canExecute(), "needs a POSIX shell to run bin/seqtrace");
    project = dir.resolve("project");
    Path bin = Files.createDirectories(project.resolve("bin"));
    Files.copy(WsdTestFiles.projectDir().resolve("bin/seqtrace"), bin.resolve("seqtrace"));
    Files.createDirectories(project.resolve("target"));
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
    }
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    try (OutputStream out = Files.newOutputStream(project.resolve("target/seqtrace.jar"));
        JarOutputStream jar = new JarOutputStream(out, manifest)) {
      // Only the manifest: the classes are the ones under test.
    }
    script = Files.writeString(dir.resolve("a.wsd"), "a->b: hello\n");
  }

  private record Outcome(int exit, String out, String err) {}

  private Outcome run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", project.resolve("bin/seqtrace").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
    builder.environment().remove("SEQTRACE_JAVA_OPTS");
    builder.environment().remove("SEQTRACE_CDS");
    builder.environment().putAll(env);
    Process p = builder.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/seqtrace did not finish");
    return new Outcome(p.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
  }

  private List<String> archives() throws IOException {
    try (Stream<Path> files = Files.list(project.resolve("target"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".jsa")).sorted().toList();
    }
  }

  private Path archive() throws IOException {
    return project.resolve("target").resolve(archives().stream().filter(n -> n.endsWith(".jsa")).findFirst().orElseThrow());
  }

  @Test
  void recordingKeepsExitCodesAndOutputsAndALaterRunUsesTheArchive() throws Exception {
    Outcome failing = run(Map.of(), "render", dir.resolve("missing.wsd").toString(), "--out", dir.toString());
    assertEquals(new Outcome(2, "", dir.resolve("missing.wsd") + ": no such file\n"), failing);
    assertEquals(2, archives().size(), "archive and its size recorded: " + archives());
    Outcome ok = run(Map.of(), "render", script.toString(), "--out", dir.toString());
    assertEquals(new Outcome(0, dir.resolve("a.svg") + "\n", ""), ok);
  }

  @Test
  void aTruncatedArchiveIsIgnoredWithOneNote() throws Exception {
    run(Map.of(), "render", script.toString(), "--out", dir.toString());
    Path jsa = archive();
    byte[] bytes = Files.readAllBytes(jsa);
    Files.write(jsa, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    Outcome outcome = run(Map.of(), "render", script.toString(), "--out", dir.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(dir.resolve("a.svg") + "\n", outcome.out());
    assertEquals("seqtrace: note: ignoring the damaged class-data sharing archive " + jsa
        + " (removed; the next run records it again)\n", outcome.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("hs_err")), "no JVM crash report");
    }
    // The next run records a good one again and is quiet.
    assertEquals(new Outcome(0, dir.resolve("a.svg") + "\n", ""), run(Map.of(), "render", script.toString(), "--out",
        dir.toString()));
    assertEquals(2, archives().size(), archives().toString());
  }

  /**
   * A {@code java} first on the PATH that behaves as the JVM does on a full disk: the command runs
   * and succeeds, then writing the archive fails, none is left, and the process exits 1.
   */
  @Test
  void anArchiveThatCannotBeWrittenChangesNothing() throws Exception {
    Path fakeBin = Files.createDirectories(dir.resolve("fakebin"));
    String realJava = ProcessHandle.current().info().command().orElse("java");
    Path fake = Files.writeString(fakeBin.resolve("java"), """
        #!/bin/sh
        case "$*" in
          *ArchiveClassesAtExit=*)
            archive=$(printf '%%s\\n' "$@" | sed -n 's/^-XX:ArchiveClassesAtExit=//p')
            "%s" "$@"
            rm -f "$archive"
            echo "[warning][cds] error writing to $archive: No space left on device" >/dev/null
            exit 1 ;;
        esac
        exec "%s" "$@"
        """.formatted(realJava, realJava), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env = Map.of("PATH", fakeBin + File.pathSeparator + System.getenv("PATH"));
    Outcome outcome = run(env, "render", script.toString(), "--out", dir.toString());
    assertEquals(0, outcome.exit(), outcome.err());
    assertEquals(dir.resolve("a.svg") + "\n", outcome.out());
    assertTrue(outcome.err().matches("seqtrace: note: could not record the class-data sharing archive \\S+\\.jsa"
        + " \\(full disk\\?\\); this run is not affected\n"), outcome.err());
    assertEquals(List.of(), archives());
  }
}
