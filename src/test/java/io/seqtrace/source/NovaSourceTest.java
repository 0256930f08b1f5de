package io.seqtrace.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** Reads real Nova from {@code NOVA_REPO} (a clone with tags), printing how long it takes. */
@EnabledIfEnvironmentVariable(named = "NOVA_REPO", matches = ".+")
class NovaSourceTest {
  @TempDir Path cache;

  @Test
  void readsEveryPythonFileOfNovaAt12() throws Exception {
    try (GitSource source = GitSource.open(System.getenv("NOVA_REPO"), cache, ProgressSink.NONE)) {
      Revision rev = source.resolve("12.0.0");
      assertEquals("6df6ad3ff32f2b1fe2978df1032002548ad8eb66", rev.commitId());
      for (int round = 1; round <= 3; round++) {
        long t0 = System.nanoTime();
        List<SourceFile> files = source.listFiles(rev, "nova", p -> p.endsWith(".py"));
        long t1 = System.nanoTime();
        long chars = 0;
        for (SourceFile file : files) {
          chars += source.readText(file).length();
        }
        long t2 = System.nanoTime();
        long parallelBytes = new ForkJoinPool(8).submit(() ->
            files.parallelStream().mapToLong(f -> source.read(f).length).sum()).get();
        long t3 = System.nanoTime();
        long listedBytes = files.stream().mapToLong(SourceFile::size).sum();
        assertEquals(listedBytes, parallelBytes);
        assertTrue(files.size() > 1000 && chars > 0, "files: " + files.size());
        System.out.printf("nova 12.0.0 round %d: %d .py files, %d bytes; list %d ms, "
            + "read+decode sequential %d ms, read 8 threads %d ms%n", round, files.size(),
            listedBytes, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
      }
    }
  }
}
