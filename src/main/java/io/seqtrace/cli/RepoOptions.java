package io.seqtrace.cli;

import io.seqtrace.cache.CacheDirs;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.ProjectName;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Profile;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that reads a repository: which one and how. Commands that read
 * one ref take {@link RevisionOptions}, which adds {@code --ref}.
 */
public class RepoOptions {
  /** The upstream Nova repository, mirrored into the cache directory on first use. */
  public static final String UPSTREAM = "https://opendev.org/openstack/nova";

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--repo", paramLabel = "DIR|URL", defaultValue = UPSTREAM,
      description = "Git repository: a local clone (no network) or a URL, cloned once into the cache (default: ${DEFAULT-VALUE}).")
  private String repo;

  @Option(names = "--path", paramLabel = "DIR",
      description = "Directory to read (default: the project's own, named in its setup.cfg or pyproject.toml).")
  private String path;

  @Option(names = "--profile", paramLabel = "NAME|FILE",
      description = "What seqtrace knows of the project beyond its code: a built-in profile (nova, cinder, "
          + "manila, sahara) or a JSON file over the OpenStack base (default: found from the project's name).")
  private String profile;

  @Option(names = "--include-tests", description = "Also read files under tests directories.")
  private boolean includeTests;

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where clones, parsed models and derived workflows are kept (default: $SEQTRACE_CACHE or ~/.cache/seqtrace).")
  private Path cacheDir;

  @Option(names = "--no-cache", description = "Parse and trace again instead of reusing cached models and workflows.")
  private boolean noCache;

  @Option(names = "--threads", paramLabel = "N", description = "Files parsed at once (default: one per processor).")
  private Integer threads;

  /** The repository as given. */
  String repo() {
    return repo;
  }

  /** The cache directory: clones always live here; parsed models only without {@code --no-cache}. */
  Path cacheDir() {
    return cacheDir != null ? cacheDir.toAbsolutePath().normalize() : CacheDirs.defaultCacheDir();
  }

  /**
   * A project at one ref: the profile it is read with, what to read of it, and the name the tree
   * gives itself with where it says so (empty when it names none).
   */
  record Project(Profile profile, LoadOptions options, Optional<ProjectName.Named> named) {}

  /** Resolved once per ref: a command asks for the same ref's project in several places. */
  private final java.util.Map<String, Project> projects = new java.util.HashMap<>();

  /**
   * The project at {@code ref}: {@code --profile} when given, else the profile of the name the
   * tree gives itself (setup.cfg, pyproject.toml; the default project's when it names none);
   * {@code --path} when given, else the profile's source root.
   */
  Project project(GitSource source, String ref) {
    return projects.computeIfAbsent(ref, r -> resolveProject(source, r));
  }

  private Project resolveProject(GitSource source, String ref) {
    Optional<ProjectName.Named> named = ProjectName.named(source, source.resolve(ref));
    Optional<String> name = named.map(ProjectName.Named::name);
    Profile chosen = profile != null ? Profile.named(profile) : Profile.forProject(name.orElse(Profile.DEFAULT_PROJECT));
    LoadOptions options = loadOptions();
    if (path == null) {
      options = options.withPathPrefix(chosen.sourceRoot().isEmpty() ? name.orElse(LoadOptions.DEFAULT_PATH)
          : chosen.sourceRoot());
    }
    return new Project(chosen, options, named);
  }

  /** The options as the engine takes them, or a usage error when they do not make sense. */
  LoadOptions loadOptions() {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + count);
    }
    return new LoadOptions(path == null ? LoadOptions.DEFAULT_PATH : path, includeTests, count, noCache ? Optional.empty() : Optional.of(cacheDir()));
  }
}
