package io.seqtrace.project;

import io.seqtrace.cache.BlobCache;
import io.seqtrace.model.Module;
import io.seqtrace.python.ParseResult;
import io.seqtrace.python.SyntaxError;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parse results kept on disk by git blob id, so an unchanged file is parsed once per machine and
 * never again, whatever revision or path it appears under.
 */
final class ModelCache {
  private final BlobCache blobs;
  /** Entries that passed the checksum but did not decode; BlobCache counted them as hits. */
  private final AtomicLong undecodable = new AtomicLong();

  ModelCache(Path cacheDir) {
    this.blobs = new BlobCache(cacheDir.resolve("blobs"), "model", ModelCacheKey.version());
  }

  /**
   * The cached result for {@code blobId}, renamed to {@code path} and {@code moduleName}: equal
   * content may sit under many paths (every empty {@code __init__.py} is one blob).
   */
  Optional<ParseResult> get(String blobId, String path, String moduleName) {
    Optional<byte[]> bytes = blobs.get(blobId);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    ParseResult cached;
    try {
      cached = (ParseResult) ModelCodec.decode(bytes.get());
    } catch (IllegalArgumentException | ClassCastException e) {
      undecodable.incrementAndGet();
      // Written by a build whose model had the same shape but read differently: parse again.
      return Optional.empty();
    }
    Module m = cached.module();
    return Optional.of(new ParseResult(new Module(path, moduleName, m.lines(), m.body()),
        cached.errors().stream().map(e -> new SyntaxError(path, e.line(), e.column(), e.message())).toList()));
  }

  void put(String blobId, ParseResult result) {
    blobs.put(blobId, ModelCodec.encode(result));
  }

  /** The blob cache's counters, with entries that did not decode moved from hits to misses and corrupt. */
  BlobCache.Stats stats() {
    BlobCache.Stats raw = blobs.stats();
    long bad = undecodable.get();
    return new BlobCache.Stats(raw.hits() - bad, raw.misses() + bad, raw.corrupt() + bad, raw.writes(), raw.writeErrors());
  }
}
