package io.seqtrace.render;

import java.util.Locale;
import java.util.Optional;

/** The image formats the renderer writes, named by their file extension. */
public enum OutputFormat {
  SVG,
  PNG;

  /** The file extension without the dot: {@code svg}, {@code png}. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code name} (case-insensitive), if there is one. */
  public static Optional<OutputFormat> parse(String name) {
    for (OutputFormat f : values()) {
      if (f.extension().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
