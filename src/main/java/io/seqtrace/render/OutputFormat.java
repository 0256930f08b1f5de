package io.seqtrace.render;

import java.util.Locale;
import java.util.Optional;

/** The formats a rendered diagram is written in: images drawn by PlantUML, or Mermaid text in Markdown. */
public enum OutputFormat {
  SVG("svg"),
  PNG("png"),
  /** A Markdown file holding the diagram in a fenced {@code mermaid} block, which GitHub and GitLab draw. */
  MERMAID("md");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension without the dot: {@code svg}, {@code png}, {@code md}. */
  public String extension() {
    return extension;
  }

  /** The name {@code --format} takes: {@code svg}, {@code png}, {@code mermaid}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code name} (case-insensitive), if there is one. */
  public static Optional<OutputFormat> parse(String name) {
    for (OutputFormat f : values()) {
      if (f.optionName().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
