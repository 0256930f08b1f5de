package io.seqtrace.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where seqtrace is installed, so defaults such as the project's own {@code diagrams/} are found
 * from any working directory: the {@code seqtrace.home} property ({@code bin/seqtrace} sets it),
 * else the directory above the jar ({@code target/seqtrace.jar}) or above the class directory
 * ({@code target/classes}).
 */
final class Installation {
  private Installation() {}

  /** The project directory seqtrace runs from, empty when it cannot be told. */
  static Optional<Path> home() {
    String property = System.getProperty("seqtrace.home");
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property).toAbsolutePath().normalize());
    }
    try {
      Path code = Path.of(Installation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = code.getParent();
      return Optional.ofNullable(target).map(Path::getParent);
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code relative} under the installation when it exists there, else as given (relative to the
   * working directory, where the error about it will make sense).
   */
  static Path resolve(String relative) {
    return home().map(h -> h.resolve(relative)).filter(Files::exists).orElse(Path.of(relative));
  }
}
