package io.seqtrace.project;

import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a project gives itself: {@code [metadata] name} in setup.cfg or {@code [project]
 * name} in pyproject.toml ({@code nova}, {@code cinder}), which is also, by OpenStack convention,
 * the directory its code lives in.
 */
public final class ProjectName {
  private ProjectName() {}

  /** A project's name and where the tree says it ({@code setup.cfg:3}). */
  public record Named(String name, String where) {}

  /** The project's name at {@code revision}, or empty when neither file names it. */
  public static Optional<String> of(GitSource source, Revision revision) {
    return named(source, revision).map(Named::name);
  }

  /** As {@link #of}, with the file and line that name it. */
  public static Optional<Named> named(GitSource source, Revision revision) {
    return named(PackagingFiles.read(source, revision));
  }

  /** The name {@code files} give the project: setup.cfg's first, then pyproject.toml's. */
  static Optional<Named> named(PackagingFiles files) {
    Optional<Named> fromCfg = nameIn(files.setupCfg(), "[metadata]", "setup.cfg");
    return fromCfg.isPresent() ? fromCfg : nameIn(files.pyproject(), "[project]", "pyproject.toml");
  }

  static Optional<String> nameIn(String text, String section) {
    return nameIn(text, section, "").map(Named::name);
  }

  /** {@code name = x} (quoted or not) in the given section of an INI or TOML text. */
  private static Optional<Named> nameIn(String text, String section, String file) {
    boolean inSection = false;
    int lineNumber = 0;
    for (String raw : text.split("\\r?\\n")) {
      lineNumber++;
      String line = raw.strip();
      if (line.startsWith("[")) {
        inSection = line.equals(section);
        continue;
      }
      int eq = line.indexOf('=');
      if (inSection && eq > 0 && line.substring(0, eq).strip().equals("name")) {
        String value = line.substring(eq + 1).strip().replaceAll("^[\"']|[\"']$", "");
        return value.isEmpty() ? Optional.empty()
            : Optional.of(new Named(value.toLowerCase(Locale.ROOT).replace('-', '_'), file + ":" + lineNumber));
      }
    }
    return Optional.empty();
  }
}
