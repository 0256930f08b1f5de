package io.seqtrace.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheDirsTest {
  @Test
  void defaultsToDotCacheUnderHome() {
    assertEquals(Path.of("/home/u/.cache/seqtrace"), CacheDirs.defaultCacheDir(Map.of(), Path.of("/home/u")));
    assertEquals(Path.of("/home/u/.cache/seqtrace"),
        CacheDirs.defaultCacheDir(Map.of("SEQTRACE_CACHE", " "), Path.of("/home/u")));
  }

  @Test
  void environmentOverrides() {
    assertEquals(Path.of("/var/cache/st"),
        CacheDirs.defaultCacheDir(Map.of("SEQTRACE_CACHE", "/var/cache/st/"), Path.of("/home/u")));
  }
}
