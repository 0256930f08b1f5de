package io.seqtrace.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Codebase#load} reads and how.
 *
 * @param pathPrefix the directory (or file) to read, from the repository root; {@code ""} for the whole tree
 * @param includeTests whether to read files under a {@code tests} directory
 * @param threads how many files to parse at once, at least 1
 * @param cacheDir seqtrace's cache directory (models go under {@code blobs/model/}); empty for no cache
 */
public record LoadOptions(String pathPrefix, boolean includeTests, int threads, Optional<Path> cacheDir) {
  public LoadOptions {
    Objects.requireNonNull(pathPrefix, "pathPrefix");
    Objects.requireNonNull(cacheDir, "cacheDir");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
  }

  /**
   * The whole tree, no tests, one thread per processor, no cache. Which directory holds a project's
   * code is the project's to say (its profile's source root, its name): callers narrow it with
   * {@link #withPathPrefix}.
   */
  public static LoadOptions defaults() {
    return new LoadOptions("", false, Runtime.getRuntime().availableProcessors(), Optional.empty());
  }

  public LoadOptions withPathPrefix(String prefix) {
    return new LoadOptions(prefix, includeTests, threads, cacheDir);
  }

  public LoadOptions withIncludeTests(boolean include) {
    return new LoadOptions(pathPrefix, include, threads, cacheDir);
  }

  public LoadOptions withThreads(int count) {
    return new LoadOptions(pathPrefix, includeTests, count, cacheDir);
  }

  public LoadOptions withCacheDir(Optional<Path> dir) {
    return new LoadOptions(pathPrefix, includeTests, threads, dir);
  }
}
