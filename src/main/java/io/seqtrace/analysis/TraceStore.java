package io.seqtrace.analysis;

import io.seqtrace.cache.BlobCache;
import io.seqtrace.model.Stmt;
import io.seqtrace.project.ModelCacheKey;
import io.seqtrace.project.ModelCodec;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Derived workflows cached by commit: a commit never changes, so once an operation is traced at
 * one, a later run (a second {@code trace}, a {@code diff} against it) reads the result instead
 * of loading and tracing the code again. The key includes a fingerprint of the tracer's classes
 * and the profile, so a changed tracer never serves old results; entries are checked and written
 * atomically by {@link BlobCache}.
 */
final class TraceStore {

  /** The tracer's code and knowledge: any change under these must invalidate stored traces. */
  private static final List<String> TRACER_PREFIXES = List.of("io/seqtrace/trace/", "io/seqtrace/profiles/");
  private static final String VERSION = ModelCacheKey.version() + "-" + fingerprint();

  /** One operation as the catalog lists it, without its syntax tree. */
  record StoredOperation(String name, List<String> aliases, String kind, String qname, String module,
      String path, String owner, String function, int line, int endLine) {
    static StoredOperation of(Operation op) {
      FunctionInfo e = op.entry();
      return new StoredOperation(op.name(), op.aliases(), op.kind(), e.qname(), e.module(), e.path(), e.owner(),
          e.def().name(), e.def().line(), e.def().endLine());
    }

    /** An operation whose entry keeps its name and place but not its body. */
    Operation toOperation() {
      Stmt.FunctionDef def = new Stmt.FunctionDef(function, List.of(), List.of(), List.of(), false, line, endLine);
      return new Operation(name, aliases, new FunctionInfo(qname, module, path, owner, def), kind);
    }
  }

  /** The catalog of one commit: its operations and which name or alias finds which operation. */
  record StoredCatalog(List<StoredOperation> operations, List<String> lookupNames, List<String> lookupTargets) {}

  /** One traced operation. */
  record StoredTrace(StoredOperation operation, Diagram diagram, List<String> guesses, List<String> unresolved,
      boolean truncated) {}

  /**
   * A stored value with the full key it was computed for, checked on every read: the blob cache's
   * file names are digests of the key, and what a reader gets must be what was asked for.
   */
  record Keyed(String key, Object value) {}

  private final BlobCache cache;

  TraceStore(Path cacheDir) {
    this.cache = new BlobCache(cacheDir.resolve("blobs"), "trace", VERSION);
  }

  Optional<StoredCatalog> catalog(String commit) {
    return get(commit, "\0catalog", StoredCatalog.class);
  }

  void putCatalog(String commit, StoredCatalog catalog) {
    put(commit, "\0catalog", catalog);
  }

  Optional<TraceResult> trace(String commit, String operation) {
    return get(commit, operation, StoredTrace.class)
        .filter(t -> t.operation().name().equals(operation))
        .map(t ->
        new TraceResult(t.operation().toOperation(), t.diagram(), t.guesses(), t.unresolved(), t.truncated()));
  }

  void putTrace(String commit, TraceResult result) {
    StoredTrace stored = new StoredTrace(StoredOperation.of(result.operation()), result.diagram(), result.guesses(),
        result.unresolved(), result.truncated());
    put(commit, result.operation().name(), stored);
  }

  private void put(String commit, String name, Object value) {
    cache.put(id(commit, name), ModelCodec.encode(new Keyed(fullKey(commit, name), value)));
  }

  private <T> Optional<T> get(String commit, String name, Class<T> type) {
    String expected = fullKey(commit, name);
    return cache.get(id(commit, name)).flatMap(bytes -> {
      try {
        // Served only when the entry says it is the answer to this very key.
        return ModelCodec.decode(bytes) instanceof Keyed keyed && keyed.key().equals(expected)
            && type.isInstance(keyed.value()) ? Optional.of(type.cast(keyed.value())) : Optional.empty();
      } catch (IllegalArgumentException corrupt) {
        return Optional.empty(); // a bad entry is a miss: trace again
      }
    });
  }

  /** Everything an entry depends on: the tracer and profile, the commit and what was asked for. */
  private static String fullKey(String commit, String name) {
    return VERSION + "\0" + commit + "\0" + name;
  }

  /** A 40-hex file name for the key, the shape the blob cache expects. */
  private static String id(String commit, String name) {
    return HexFormat.of().formatHex(digest("SHA-1", (commit + "\0" + name).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A digest of every class and resource of the tracer (read from the jar, or the class
   * directory in development), so that no change to it, in whatever class, reuses old traces.
   */
  private static String fingerprint() {
    java.util.SortedMap<String, byte[]> entries = new java.util.TreeMap<>();
    try {
      Path location = Path.of(TraceStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (java.nio.file.Files.isDirectory(location)) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(location)) {
          for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
            String name = location.relativize(f).toString().replace('\\', '/');
            if (TRACER_PREFIXES.stream().anyMatch(name::startsWith)) {
              entries.put(name, java.nio.file.Files.readAllBytes(f));
            }
          }
        }
      } else {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile())) {
          for (java.util.jar.JarEntry e : java.util.Collections.list(jar.entries())) {
            if (!e.isDirectory() && TRACER_PREFIXES.stream().anyMatch(e.getName()::startsWith)) {
              try (InputStream in = jar.getInputStream(e)) {
                entries.put(e.getName(), in.readAllBytes());
              }
            }
          }
        }
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // Unknown code: a key no other build can share.
      entries.put("unreadable", String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder all = new StringBuilder();
    entries.forEach((name, bytes) -> all.append(name).append('=')
        .append(HexFormat.of().formatHex(digest("SHA-256", bytes))).append('\n'));
    return HexFormat.of().formatHex(digest("SHA-256", all.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
