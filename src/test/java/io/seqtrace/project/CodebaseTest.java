package io.seqtrace.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.cache.BlobCache;
import io.seqtrace.error.InputException;
import io.seqtrace.model.Module;
import io.seqtrace.model.Stmt;
import io.seqtrace.python.SyntaxError;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.source.Revision;
import io.seqtrace.source.SourceFile;
import io.seqtrace.testing.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebaseTest {
  @TempDir Path dir;
  private GitSource source;

  @BeforeEach
  void open() {
    TestRepo repo = CodebaseFixture.build(dir.resolve("repo"));
    source = GitSource.open(repo.dir().toString(), dir.resolve("unused"), ProgressSink.NONE);
  }

  @AfterEach
  void close() {
    source.close();
  }

  private LoadedCodebase load(String ref, LoadOptions options) {
    return Codebase.load(source, source.resolve(ref), options);
  }

  private static LoadOptions options() {
    return LoadOptions.defaults().withPathPrefix("nova").withThreads(3);
  }

  private static List<String> paths(LoadedCodebase codebase) {
    return codebase.modules().stream().map(Module::path).toList();
  }

  @Test
  void loadsNonTestModulesSortedByPathWithTheirNames() {
    LoadedCodebase codebase = load("1.0.0", options());
    assertEquals(List.of("nova/__init__.py", "nova/compute/__init__.py", "nova/compute/api.py", "nova/virt/tests.py"),
        paths(codebase));
    assertEquals(List.of("nova", "nova.compute", "nova.compute.api", "nova.virt.tests"),
        codebase.modules().stream().map(Module::name).toList());
    assertEquals(List.of(), codebase.errors());
    assertEquals(4, codebase.files());
    assertEquals(4, codebase.lines()); // 3 in api.py, 1 in tests.py, empty packages
    assertEquals(CodebaseFixture.API.length() + "x = 1\n".length(), codebase.bytes());
    assertEquals("1.0.0", codebase.revision().ref());
    assertEquals(Optional.empty(), codebase.cacheStats());
    Stmt.ClassDef api = (Stmt.ClassDef) codebase.modules().get(2).body().get(0);
    assertEquals("API", api.name());
  }

  @Test
  void includesTestsWhenAsked() {
    LoadedCodebase codebase = load("1.0.0", options().withIncludeTests(true));
    assertEquals(List.of("nova/__init__.py", "nova/compute/__init__.py", "nova/compute/api.py",
        "nova/tests/__init__.py", "nova/tests/test_api.py", "nova/virt/tests.py"), paths(codebase));
    assertEquals("nova.tests.test_api", codebase.modules().get(4).name());
  }

  @Test
  void readsAnyPathPrefix() {
    assertEquals(List.of("nova/compute/__init__.py", "nova/compute/api.py"),
        paths(load("1.0.0", options().withPathPrefix("nova/compute"))));
    assertEquals(List.of("setup.py"), paths(load("1.0.0", options().withPathPrefix("setup.py"))));
  }

  @Test
  void aMissingPathIsAnInputError() {
    InputException e = assertThrows(InputException.class, () -> load("1.0.0", options().withPathPrefix("neutron")));
    assertTrue(e.getMessage().startsWith("path 'neutron' not found at 1.0.0 in "), e.getMessage());
  }

  @Test
  void badFilesBecomeErrorsAndTheOthersStillLoad() {
    LoadedCodebase codebase = load("2.0.0", options());
    assertEquals(List.of(
        "nova/bad.py:2:7: mismatched input '$' expecting {NEWLINE, ';'}",
        "nova/binary.py:1:1: binary file (NUL byte at offset 1)",
        "nova/latin1.py:1:1: not valid UTF-8 text (byte 0xe9 at offset 5)"),
        codebase.errors().stream().map(SyntaxError::toString).toList());
    // bad.py keeps what could be read; the undecodable files have no model.
    assertEquals(List.of("nova/__init__.py", "nova/bad.py", "nova/compute/__init__.py", "nova/compute/api.py",
        "nova/virt/tests.py"), paths(codebase));
    assertEquals(7, codebase.files());
  }

  @Test
  void aSingleThreadGivesTheSameResult() {
    assertEquals(load("2.0.0", options()).modules(), load("2.0.0", options().withThreads(1)).modules());
  }

  @Test
  void secondLoadComesFromTheCacheAndIsEqual() {
    // One thread, so the order of cache look-ups and the counters are deterministic.
    LoadOptions cached = options().withThreads(1).withCacheDir(Optional.of(dir.resolve("cache")));
    LoadedCodebase cold = load("2.0.0", cached);
    // 5 readable files, but the two empty __init__.py files are one blob: the second one hits.
    BlobCache.Stats coldStats = cold.cacheStats().orElseThrow();
    assertEquals(1, coldStats.hits());
    assertEquals(6, coldStats.misses());
    assertEquals(4, coldStats.writes());

    LoadedCodebase warm = load("2.0.0", cached);
    BlobCache.Stats warmStats = warm.cacheStats().orElseThrow();
    assertEquals(5, warmStats.hits());
    assertEquals(2, warmStats.misses()); // the binary and Latin-1 files are never cached
    assertEquals(cold.modules(), warm.modules());
    assertEquals(cold.errors(), warm.errors());
    assertEquals(cold.lines(), warm.lines());
    // One blob, two paths: each module keeps its own path and name.
    assertEquals("nova.compute", warm.modules().get(2).name());
  }

  @Test
  void aDamagedEntryIsParsedAgain() throws IOException {
    LoadOptions cached = options().withCacheDir(Optional.of(dir.resolve("cache")));
    LoadedCodebase cold = load("1.0.0", cached);
    SourceFile api = source.listFiles(cold.revision(), "nova/compute/api.py").get(0);
    Path entry = entryFile(api.blobId());
    Files.write(entry, new byte[] {1, 2, 3});

    LoadedCodebase warm = load("1.0.0", cached);
    BlobCache.Stats stats = warm.cacheStats().orElseThrow();
    assertEquals(1, stats.corrupt());
    assertEquals(3, stats.hits()); // the two empty __init__.py files and tests.py
    assertEquals(cold.modules(), warm.modules());
    assertEquals(4, load("1.0.0", cached).cacheStats().orElseThrow().hits(), "rewritten after the re-parse");
  }

  @Test
  void anEntryThatDoesNotDecodeIsParsedAgain() {
    LoadOptions cached = options().withCacheDir(Optional.of(dir.resolve("cache")));
    LoadedCodebase cold = load("1.0.0", cached);
    Revision rev = cold.revision();
    SourceFile api = source.listFiles(rev, "nova/compute/api.py").get(0);
    // A whole, checksummed entry whose payload is not a model, as an older build might leave.
    new BlobCache(dir.resolve("cache/blobs"), "model", ModelCacheKey.version()).put(api.blobId(), new byte[] {9, 9});

    LoadedCodebase warm = load("1.0.0", cached);
    BlobCache.Stats stats = warm.cacheStats().orElseThrow();
    assertEquals(3, stats.hits());
    assertEquals(1, stats.misses());
    assertEquals(1, stats.corrupt());
    assertEquals(cold.modules(), warm.modules());
  }

  private Path entryFile(String blobId) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
      return files.filter(p -> p.toString().endsWith(blobId.substring(0, 2) + "/" + blobId.substring(2)))
          .findFirst().orElseThrow();
    }
  }
}
