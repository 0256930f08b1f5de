package io.seqtrace.cli;

import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.cache.CacheDirs;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.PackagingFiles;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import io.seqtrace.trace.Profile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

  /** Resolved once per ref: a command asks for the same ref's project in several places. */
  private final Map<String, ResolvedProject> projects = new HashMap<>();

  /**
   * The project at {@code ref}: {@code --profile} when given, else the profile of the name the
   * tree gives itself (setup.cfg, pyproject.toml); {@code --path} when given, else the project's
   * own directory (see {@link ResolvedProject#resolve}).
   */
  ResolvedProject project(GitSource source, String ref) {
    return projects.computeIfAbsent(ref, r -> resolveProject(source, r));
  }

  private ResolvedProject resolveProject(GitSource source, String ref) {
    Revision revision = source.resolve(ref);
    PackagingFiles packaging = PackagingFiles.read(source, revision);
    Optional<Profile> given = Optional.ofNullable(profile).map(Profile::named);
    return ResolvedProject.resolve(revision, packaging, given, Optional.ofNullable(path), loadOptions());
  }

  /**
   * The options as the engine takes them, or a usage error when they do not make sense. The
   * directory is {@code --path}, or the whole tree until the project is resolved at a ref.
   */
  LoadOptions loadOptions() {
    int count = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (count < 1) {
      throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + count);
    }
    return new LoadOptions(path == null ? "" : path, includeTests, count, noCache ? Optional.empty() : Optional.of(cacheDir()));
  }
}
