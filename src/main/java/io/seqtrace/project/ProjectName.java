package io.seqtrace.project;

import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a project gives itself: {@code [metadata] name} in setup.cfg or {@code [project]
 * name} in pyproject.toml ({@code nova}, {@code cinder}), which is also, by OpenStack convention,
 * the directory its code lives in.
 */
public final class ProjectName {
  private ProjectName() {}

  /** The project's name at {@code revision}, or empty when neither file names it. */
  public static Optional<String> of(GitSource source, Revision revision) {
    Optional<String> fromCfg = source.readFile(revision, "setup.cfg")
        .flatMap(b -> nameIn(new String(b, StandardCharsets.UTF_8), "[metadata]"));
    if (fromCfg.isPresent()) {
      return fromCfg;
    }
    return source.readFile(revision, "pyproject.toml")
        .flatMap(b -> nameIn(new String(b, StandardCharsets.UTF_8), "[project]"));
  }

  /** {@code name = x} (quoted or not) in the given section of an INI or TOML text. */
  static Optional<String> nameIn(String text, String section) {
    boolean inSection = false;
    for (String raw : text.split("\\r?\\n")) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        inSection = line.equals(section);
        continue;
      }
      int eq = line.indexOf('=');
      if (inSection && eq > 0 && line.substring(0, eq).strip().equals("name")) {
        String value = line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value.toLowerCase(Locale.ROOT).replace('-', '_'));
      }
    }
    return Optional.empty();
  }
}
