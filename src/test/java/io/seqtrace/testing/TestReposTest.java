package io.seqtrace.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReposTest {
  @TempDir Path temp;

  @Test
  void commitIdsAreTheSameOnEveryRun() {
    TestRepo repo = TestRepos.builder(temp.resolve("r"))
        .commit("first", Map.of("a.py", "a = 1\n"))
        .commit("second", Map.of("b.py", "b = 2\n"))
        .build();
    // Pinned, and equal to what command-line git makes from the same author, dates and files;
    // a change here means the fixed author or clock stopped being fixed.
    assertEquals(List.of("8b24d42014ac40188f5c0d153af665d8329a86b5", "6234fb7497145ad09872ea9891fdf8e123cd7a2b"), repo.commits());
  }

  @Test
  void fixtureVersionsBecomeTaggedSnapshots() throws Exception {
    Path fixtures = temp.resolve("fixtures/pause");
    write(fixtures.resolve("12.0.0/nova/compute/api.py"), "def pause(): pass\n");
    write(fixtures.resolve("12.0.0/nova/old.py"), "gone later\n");
    write(fixtures.resolve("13.0.0/nova/compute/api.py"), "def pause(): return 1\n");
    TestRepo repo = TestRepos.fromFixtureVersions(fixtures, temp.resolve("pause.git"));
    assertEquals(2, repo.commits().size());
    try (GitSource source = GitSource.open(repo.dir().toString(), temp.resolve("cache"), ProgressSink.NONE)) {
      assertEquals(repo.commits().get(0), source.resolve("12.0.0").commitId());
      assertEquals(repo.commits().get(1), source.resolve("13.0.0").commitId());
      assertEquals(List.of("nova/compute/api.py", "nova/old.py"), paths(source, "12.0.0"));
      assertEquals(List.of("nova/compute/api.py"), paths(source, "13.0.0"));
      SourceFile api = source.listFiles(source.resolve("13.0.0"), "nova/compute").get(0);
      assertEquals("def pause(): return 1\n", source.readText(api));
    }
  }

  private static List<String> paths(GitSource source, String tag) {
    return source.listFiles(source.resolve(tag), "").stream().map(SourceFile::path).toList();
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
