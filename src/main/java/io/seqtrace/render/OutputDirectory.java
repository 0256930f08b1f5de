package io.seqtrace.render;

import io.seqtrace.error.EnvironmentErrors;
import io.seqtrace.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Makes sure an output directory can be used before any work is spent on what goes into it. */
public final class OutputDirectory {
  private OutputDirectory() {}

  /**
   * Creates {@code dir} when missing.
   *
   * @throws InputException {@code DIR: is a file, not a directory; ...} (or a dangling link, no
   *     permission, a full disk): one line for the whole run instead of one per output
   */
  public static void require(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(EnvironmentErrors.describe(e).orElse(dir + ": cannot create: " + e.getMessage()), e);
    }
  }

  /** {@code e} as {@code PATH: reason}, for an output that could not be written. */
  static String cannotWrite(Path target, IOException e) {
    return EnvironmentErrors.describe(e).orElse(target + ": cannot write: " + e.getMessage());
  }
}
