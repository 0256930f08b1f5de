package io.seqtrace.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobCacheTest {
  static final String ID = "cebaa05ca5df32563ff1530f7fa8bc882f332ea0";
  static final byte[] VALUE = "parsed model of api.py".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void roundTripInTheDocumentedLayout() {
    BlobCache cache = new BlobCache(dir, "python-ast", "0.1.0");
    assertEquals(Optional.empty(), cache.get(ID));
    cache.put(ID, VALUE);
    assertArrayEquals(VALUE, cache.get(ID).orElseThrow());
    assertTrue(Files.isRegularFile(dir.resolve("python-ast/0.1.0/ce/baa05ca5df32563ff1530f7fa8bc882f332ea0")));
    assertEquals(new BlobCache.Stats(1, 1, 0, 1, 0), cache.stats());
  }

  @Test
  void emptyValuesAreValues() {
    BlobCache cache = new BlobCache(dir, "ns", "1");
    cache.put(ID, new byte[0]);
    assertArrayEquals(new byte[0], cache.get(ID).orElseThrow());
  }

  @Test
  void flippedByteIsAMissAndTheEntryIsDeleted() throws Exception {
    BlobCache cache = new BlobCache(dir, "ns", "1");
    cache.put(ID, VALUE);
    Path entry = entry(cache);
    byte[] bytes = Files.readAllBytes(entry);
    bytes[bytes.length - 3] ^= 0x01;
    Files.write(entry, bytes);
    assertEquals(Optional.empty(), cache.get(ID));
    assertFalse(Files.exists(entry));
    assertEquals(new BlobCache.Stats(0, 1, 1, 1, 0), cache.stats());
  }

  @Test
  void truncatedEntriesAreMissesAndDeleted() throws Exception {
    BlobCache cache = new BlobCache(dir, "ns", "1");
    Path entry = entry(cache);
    // Cut in the payload, in the header, and to nothing (a renamed-but-never-written file).
    for (int length : new int[] {EntryFormat.HEADER_SIZE + 4, 7, 0}) {
      cache.put(ID, VALUE);
      byte[] bytes = Files.readAllBytes(entry);
      Files.write(entry, Arrays.copyOf(bytes, length));
      assertEquals(Optional.empty(), cache.get(ID), "length " + length);
      assertFalse(Files.exists(entry));
    }
    assertEquals(3, cache.stats().corrupt());
  }

  @Test
  void foreignFilesAreNotTrusted() throws Exception {
    BlobCache cache = new BlobCache(dir, "ns", "1");
    Path entry = entry(cache);
    Files.createDirectories(entry.getParent());
    Files.write(entry, "some file that happens to be there".getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.empty(), cache.get(ID));
    assertEquals(1, cache.stats().corrupt());
  }

  @Test
  void versionsAndNamespacesAreIsolated() {
    new BlobCache(dir, "python-ast", "0.1.0").put(ID, VALUE);
    assertEquals(Optional.empty(), new BlobCache(dir, "python-ast", "0.2.0").get(ID));
    assertEquals(Optional.empty(), new BlobCache(dir, "call-graph", "0.1.0").get(ID));
    assertArrayEquals(VALUE, new BlobCache(dir, "python-ast", "0.1.0").get(ID).orElseThrow());
  }

  @Test
  void rejectsKeysAndNamesThatAreNotPlain() {
    assertThrows(IllegalArgumentException.class, () -> new BlobCache(dir, "../x", "1"));
    assertThrows(IllegalArgumentException.class, () -> new BlobCache(dir, "ns", "a/b"));
    BlobCache cache = new BlobCache(dir, "ns", "1");
    assertThrows(IllegalArgumentException.class, () -> cache.get("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> cache.put("CEBAA05", VALUE));
  }

  @Test
  void concurrentWritersAndReadersOfOneKeyNeverSeeAPartialEntry() throws Exception {
    byte[] big = new byte[256 * 1024];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    BlobCache cache = new BlobCache(dir, "ns", "1");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        boolean writer = t % 2 == 0;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < 50; i++) {
            if (writer) {
              cache.put(ID, big);
            } else {
              cache.get(ID).ifPresent(v -> assertArrayEquals(big, v));
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    BlobCache.Stats stats = cache.stats();
    assertEquals(0, stats.corrupt());
    assertEquals(0, stats.writeErrors());
    assertEquals(200, stats.writes());
    assertArrayEquals(big, cache.get(ID).orElseThrow());
    try (Stream<Path> files = Files.list(entry(cache).getParent())) {
      assertEquals(List.of(entry(cache)), files.toList(), "no temporary files left");
    }
  }

  private static Path entry(BlobCache cache) {
    return cache.directory().resolve(ID.substring(0, 2)).resolve(ID.substring(2));
  }

  @Test
  void anEntryCopiedToAnotherKeysPlaceIsAMissNotTheOtherAnswer() throws Exception {
    BlobCache cache = new BlobCache(dir, "ns", "1");
    String other = "0123456789abcdef0123456789abcdef01234567";
    cache.put(ID, VALUE);
    Path source = dir.resolve("ns/1/ce/baa05ca5df32563ff1530f7fa8bc882f332ea0");
    Path misplaced = dir.resolve("ns/1/01/23456789abcdef0123456789abcdef01234567");
    Files.createDirectories(misplaced.getParent());
    Files.copy(source, misplaced);
    assertEquals(Optional.empty(), cache.get(other));
    assertFalse(Files.exists(misplaced), "the misplaced entry is dropped");
    // Nor is an entry of another tool version served when copied into this version's directory.
    BlobCache older = new BlobCache(dir, "ns", "0");
    older.put(other, "old answer".getBytes(StandardCharsets.UTF_8));
    Files.createDirectories(misplaced.getParent());
    Files.copy(dir.resolve("ns/0/01/23456789abcdef0123456789abcdef01234567"), misplaced);
    assertEquals(Optional.empty(), cache.get(other));
    assertArrayEquals(VALUE, cache.get(ID).orElseThrow(), "the real entry still serves");
    assertEquals(2, cache.stats().corrupt());
  }
}
