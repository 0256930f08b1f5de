package io.seqtrace.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * An on-disk cache of derived data (such as parsed syntax models) keyed by git blob id, laid out
 * as {@code dir/<namespace>/<toolVersion>/<2 hex>/<rest of id>}.
 *
 * <p>Entries are checksummed and record their own full key (namespace, version and id): a
 * truncated or damaged entry, or one written for another key, is deleted and counted as corrupt
 * and as a miss, never returned. Writes go to a temporary file beside the entry and are renamed into
 * place, so readers only ever see whole entries, and concurrent writers of one key are harmless
 * (same key, same value; the last rename wins). Failing writes are counted, not thrown: the cache
 * only ever saves work. Safe for use from many threads and processes.
 */
public final class BlobCache {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");
  /** SHA-1 (40) or SHA-256 (64) object ids, lowercase as git prints them. */
  private static final Pattern BLOB_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  private final Path root;
  /** {@code namespace/toolVersion/}: with the id, the full key each entry records and is checked against. */
  private final String keyPrefix;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong corrupt = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private final AtomicLong writeErrors = new AtomicLong();

  /**
   * @param dir the cache root, typically {@code CacheDirs.defaultCacheDir().resolve("blobs")}
   * @param namespace what the entries hold, e.g. {@code python-ast}
   * @param toolVersion the version of the code that produced them; a new version starts empty
   */
  public BlobCache(Path dir, String namespace, String toolVersion) {
    Objects.requireNonNull(dir, "dir");
    this.root = dir.resolve(segment(namespace, "namespace")).resolve(segment(toolVersion, "toolVersion"));
    this.keyPrefix = namespace + "/" + toolVersion + "/";
  }

  private static String segment(String value, String what) {
    if (value == null || !SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be a plain file name, not '" + value + "'");
    }
    return value;
  }

  /** The directory holding this namespace and version's entries. */
  public Path directory() {
    return root;
  }

  /** The cached value for {@code blobId}, or empty on a miss (including a corrupt entry). */
  public Optional<byte[]> get(String blobId) {
    Path file = entry(blobId);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) { // usually NoSuchFileException: not cached yet
      misses.incrementAndGet();
      return Optional.empty();
    }
    Optional<byte[]> payload = EntryFormat.decode(keyPrefix + blobId, bytes);
    if (payload.isPresent()) {
      hits.incrementAndGet();
    } else {
      corrupt.incrementAndGet();
      misses.incrementAndGet();
      deleteQuietly(file);
    }
    return payload;
  }

  /** Stores {@code value} for {@code blobId}, replacing any previous entry. */
  public void put(String blobId, byte[] value) {
    Objects.requireNonNull(value, "value");
    Path file = entry(blobId);
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      // Same directory as the entry, so the rename below is atomic.
      temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      // No fsync: after a power loss a renamed-but-empty entry fails its checksum and is dropped.
      Files.write(temp, EntryFormat.encode(keyPrefix + blobId, value));
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      writes.incrementAndGet();
    } catch (IOException e) {
      writeErrors.incrementAndGet();
    } finally {
      if (temp != null) {
        deleteQuietly(temp);
      }
    }
  }

  /** The counters so far, for the run report. */
  public Stats stats() {
    return new Stats(hits.get(), misses.get(), corrupt.get(), writes.get(), writeErrors.get());
  }

  private Path entry(String blobId) {
    if (blobId == null || !BLOB_ID.matcher(blobId).matches()) {
      throw new IllegalArgumentException("not a git blob id: '" + blobId + "'");
    }
    return root.resolve(blobId.substring(0, 2)).resolve(blobId.substring(2));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left in place it is detected again next time; nothing better to do here.
    }
  }

  /**
   * Cache counters.
   *
   * @param hits gets that returned a value
   * @param misses gets that returned nothing, corrupt entries included
   * @param corrupt entries found damaged and deleted
   * @param writes entries written
   * @param writeErrors writes that failed (disk full, permissions) and were skipped
   */
  public record Stats(long hits, long misses, long corrupt, long writes, long writeErrors) {}
}
