package io.seqtrace.render;

import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Mermaid parser ({@code mermaid} 11 from npm, under Node, with a jsdom window as its
 * DOM) over generated files. The packages are installed once into {@code $SEQTRACE_TEST_NODE},
 * else {@code ~/.cache/seqtrace-test-node}; without Node or npm, or when the install fails, tests
 * are skipped with the reason from {@link #unavailable()}.
 */
final class MermaidParser {
  /** The packages the check needs; {@code @mermaid-js/mermaid-cli} would download a browser, which fails here. */
  static final List<String> PACKAGES = List.of("mermaid@11", "jsdom@26");

  private static Optional<String> unavailable;

  private MermaidParser() {}

  /** The npm prefix the packages are installed into. */
  static Path prefix() {
    String dir = System.getenv("SEQTRACE_TEST_NODE");
    return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "seqtrace-test-node");
  }

  /** Why the parser cannot run here, empty when it can; installs the packages on first use. */
  static synchronized Optional<String> unavailable() {
    if (unavailable == null) {
      unavailable = check();
      unavailable.ifPresent(reason -> System.err.println("Mermaid parser tests skipped: " + reason));
    }
    return unavailable;
  }

  private static Optional<String> check() {
    Run node = run(List.of("node", "--version"), 60);
    if (node.exit() != 0) {
      return Optional.of("node is not installed (" + node.output().strip() + ")");
    }
    if (Files.isRegularFile(prefix().resolve("node_modules/mermaid/package.json"))
        && Files.isRegularFile(prefix().resolve("node_modules/jsdom/package.json"))) {
      return Optional.empty();
    }
    List<String> install = new ArrayList<>(List.of("npm", "install", "--prefix", prefix().toString(),
        "--no-audit", "--no-fund", "--loglevel=error"));
    install.addAll(PACKAGES);
    Run npm = run(install, 600);
    if (npm.exit() != 0) {
      return Optional.of("'" + String.join(" ", install) + "' failed: " + npm.output().strip());
    }
    return Optional.empty();
  }

  /** Parses every file (a {@code .md} file block by block); the lines of those that failed, empty when all parse. */
  static List<String> failures(List<Path> files) throws IOException {
    Path script = WsdTestFiles.projectDir().resolve("src/test/resources/io/seqtrace/render/mermaid-parse.mjs");
    List<String> failures = new ArrayList<>();
    // Batches keep command lines short.
    for (int i = 0; i < files.size(); i += 100) {
      List<String> command = new ArrayList<>(List.of("node", script.toString(),
          prefix().resolve("node_modules").toAbsolutePath().toString()));
      files.subList(i, Math.min(files.size(), i + 100)).forEach(f -> command.add(f.toAbsolutePath().toString()));
      Run run = run(command, 600);
      run.output().lines().filter(l -> !l.startsWith("ok ")).forEach(failures::add);
      if (run.exit() != 0 && failures.isEmpty()) {
        failures.add("node exited " + run.exit() + ": " + run.output());
      }
    }
    return failures;
  }

  private record Run(int exit, String output) {}

  private static Run run(List<String> command, int timeoutSeconds) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Run(-1, String.join(" ", command) + ": timed out");
      }
      return new Run(p.exitValue(), output);
    } catch (IOException e) {
      return new Run(-1, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(-1, "interrupted");
    }
  }
}
