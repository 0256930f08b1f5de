package io.seqtrace.cache;

import java.nio.file.Path;
import java.util.Map;

/** Where seqtrace keeps its caches: {@code $SEQTRACE_CACHE}, else {@code ~/.cache/seqtrace}. */
public final class CacheDirs {
  /** Environment variable that overrides the default cache directory. */
  public static final String ENV = "SEQTRACE_CACHE";

  private CacheDirs() {}

  /** The cache directory for this process's environment and user. */
  public static Path defaultCacheDir() {
    return defaultCacheDir(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The cache directory for the given environment and home directory; separate for tests. */
  static Path defaultCacheDir(Map<String, String> env, Path home) {
    String override = env.get(ENV);
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath().normalize();
    }
    return home.resolve(".cache").resolve("seqtrace");
  }
}
