package io.seqtrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells {@code bin/seqtrace} the command's own exit code through the file named by
 * {@code SEQTRACE_EXIT_FILE}: while the JVM records its class-data sharing archive at exit, a
 * failure to write it (a full disk) can change the process's exit code, and the launcher must
 * never let that change what the command answered.
 */
final class LauncherExit {
  static final String VARIABLE = "SEQTRACE_EXIT_FILE";

  private LauncherExit() {}

  /** Writes {@code code} to the file the launcher named, if it named one; a failure only loses the hint. */
  static void record(int code) {
    String file = System.getenv(VARIABLE);
    if (file == null || file.isBlank()) {
      return;
    }
    try {
      Files.writeString(Path.of(file), code + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // The launcher then falls back to the process's exit code, which is right unless the archive failed too.
    }
  }
}
