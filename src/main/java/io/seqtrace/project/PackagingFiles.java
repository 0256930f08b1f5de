package io.seqtrace.project;

import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A tree's packaging metadata, setup.cfg and pyproject.toml, read once: it names the project
 * ({@link ProjectName}) and its services' console scripts, and both are asked of the same ref.
 *
 * @param setupCfg the text of setup.cfg, empty when the tree has none
 * @param pyproject the text of pyproject.toml, empty when the tree has none
 */
public record PackagingFiles(String setupCfg, String pyproject) {
  /** A tree with neither file. */
  public static final PackagingFiles NONE = new PackagingFiles("", "");

  public PackagingFiles {
    Objects.requireNonNull(setupCfg, "setupCfg");
    Objects.requireNonNull(pyproject, "pyproject");
  }

  /** Both files at {@code revision} (each empty when missing). */
  public static PackagingFiles read(GitSource source, Revision revision) {
    return new PackagingFiles(text(source, revision, "setup.cfg"), text(source, revision, "pyproject.toml"));
  }

  /** The name the project gives itself here, with where it says so. */
  public Optional<ProjectName.Named> named() {
    return ProjectName.named(this);
  }

  /** Both texts, one after the other, where console scripts are looked for ({@code [entry_points]}, {@code [project.scripts]}). */
  public String scriptsText() {
    return setupCfg + "\n" + pyproject;
  }

  private static String text(GitSource source, Revision revision, String path) {
    return source.readFile(revision, path).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse("");
  }
}
