package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code seqtrace completion}: the script is sourced by a real bash, which then completes commands and {@code --op}. */
class CompletionCommandTest {
  @TempDir Path dir;

  private Path script(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    return Files.writeString(dir.resolve("seqtrace-" + args[1] + "-" + args.length), out.toString(StandardCharsets.UTF_8));
  }

  /** Sources {@code script} in a fresh bash and runs {@code commands}; their output. */
  private static String bash(Path script, String commands) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder("bash", "-c", "source \"$1\" && " + commands, "bash", script.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "bash is not installed: " + e.getMessage());
      throw e;
    }
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bash did not finish");
    assertEquals(0, p.exitValue(), output);
    return output;
  }

  /** Commands that complete {@code words} (the last one being typed) and print what bash offers, one per line. */
  private static String complete(String... words) {
    StringBuilder sb = new StringBuilder("COMP_WORDS=(");
    for (String w : words) {
      sb.append('\'').append(w).append("' ");
    }
    sb.append("); COMP_CWORD=").append(words.length - 1)
        .append("; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; _complete_seqtrace 2>/dev/null;")
        .append(" printf '%s\\n' \"${COMPREPLY[@]}\"");
    return sb.toString();
  }

  @Test
  void bashRegistersTheCompletionAndCompletesCommandsOptionsAndOperations() throws Exception {
    Path script = script("completion", "bash");
    assertEquals("complete -o default -F _complete_seqtrace seqtrace\n", bash(script, "complete -p seqtrace"));
    assertEquals("trace\n", bash(script, complete("seqtrace", "tr")));
    assertEquals("--format\n", bash(script, complete("seqtrace", "trace", "--form")));
    assertEquals("pause\n", bash(script, complete("seqtrace", "trace", "--op", "pa")));
    assertEquals("list\nlive_migrate\nlock\n", bash(script, complete("seqtrace", "diff", "--op", "l")));
    assertEquals("unlock\nunpause\nunrescue\nunshelve\n", bash(script, complete("seqtrace", "report", "--op", "un")));
  }

  @Test
  void withARefTheOperationsOfTheRepositoryAreOffered() throws Exception {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"), dir.resolve("nova.git"));
    Path script = script("completion", "bash", "--repo", repo.dir().toString(), "--ref", "1.0.0",
        "--cache-dir", dir.resolve("cache").toString());
    String ops = bash(script, complete("seqtrace", "trace", "--op", ""));
    List<String> offered = ops.lines().toList();
    assertTrue(offered.contains("pause") && offered.contains("live_migrate"), ops);
    assertTrue(offered.contains("os-migrateLive"), ops);
  }

  @Test
  void zshGetsTheSameScriptWhichSwitchesOnBashCompletion() throws Exception {
    String zsh = Files.readString(script("completion", "zsh"));
    assertEquals(Files.readString(script("completion", "bash")), zsh);
    assertTrue(zsh.contains("autoload -U +X bashcompinit && bashcompinit"), zsh);
  }

  @Test
  void unknownShellIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8), "completion", "fish");
    assertEquals(2, exit);
    assertEquals("seqtrace: Invalid value for positional parameter at index 0 (bash|zsh): expected one of [bash, zsh] "
        + "(case-sensitive) but was 'fish'\nTry 'seqtrace completion --help' for more information.\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
