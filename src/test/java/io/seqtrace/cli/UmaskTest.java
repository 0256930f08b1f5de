package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are as readable as any other file the user makes: written under umask 022, every file
 * seqtrace writes is mode 0644. A JVM cannot change its own umask, so seqtrace runs in a child
 * process started by {@code sh -c 'umask 022; exec java ...'}.
 */
class UmaskTest {
  @TempDir Path dir;

  @Test
  void outputsGetTheModeTheUmaskGives() throws Exception {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), dir.resolve("nova.git"));
    Path out = dir.resolve("out");
    Path script = Files.writeString(dir.resolve("pause.wsd"), "a->b: x\n");
    String[] repoArgs = {"--repo", repo.dir().toString(), "--ref", "1.0.0", "--no-cache", "--cache-dir", dir.resolve("cache").toString()};
    seqtrace("render", script.toString(), "--out", out.resolve("render").toString());
    seqtrace("render", script.toString(), "--format", "mermaid", "--out", out.resolve("render").toString());
    seqtrace(concat(List.of("trace", "--op", "pause", "--out", out.resolve("trace").toString()), repoArgs));
    seqtrace(concat(List.of("report", "--op", "pause", "--out", out.resolve("report").toString()), repoArgs));

    Map<String, String> modes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        modes.put(out.relativize(f).toString(), PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String f : List.of("render/pause.svg", "render/pause.md", "trace/pause.json", "report/index.html", "report/ops/pause.html")) {
      expected.put(f, "rw-r--r--");
    }
    assertEquals(expected, modes);
  }

  private static String[] concat(List<String> head, String[] tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }

  /** Runs {@code seqtrace args} under umask 022 in a child JVM on the test class path. */
  private void seqtrace(String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 022 && exec \"$@\"", "sh",
        java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(5, TimeUnit.MINUTES);
    assertEquals(0, p.exitValue(), () -> String.join(" ", args) + ":\n" + output);
  }
}
