package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesReplacesAndLeavesNoTemporaryFiles() throws IOException {
    Path target = dir.resolve("sub/out.svg");
    AtomicFiles.writeString(target, "first ✓");
    AtomicFiles.writeBytes(target, new byte[] {1, 2, 3});
    assertEquals(3, Files.size(target));
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertEquals(1, files.count());
    }
  }
}
