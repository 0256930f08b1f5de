package io.seqtrace.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.InputException;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorCacheTest {
  @TempDir Path temp;

  @Test
  void clonesAUrlOnceAndReusesTheMirrorWithoutFetching() throws Exception {
    TestRepo origin = GitSourceTest.twoReleases(TestRepos.builder(temp.resolve("upstream/nova")).bare());
    Path cache = temp.resolve("cache");
    List<String> lines = new ArrayList<>();
    try (GitSource source = GitSource.open(origin.url(), cache, lines::add)) {
      assertEquals(origin.commits().get(0), source.resolve("1.0.0").commitId());
      assertEquals(origin.head(), source.resolve("stable/2.0").commitId());
    }
    assertTrue(lines.get(0).startsWith("Cloning " + origin.url() + " into "), lines.get(0));
    try (Stream<Path> repos = Files.list(cache.resolve("repos"))) {
      // Only the finished mirror: no temporary clone left beside it.
      assertEquals(List.of("local+" + temp.toRealPath().toString().substring(1).replace('/', '+')
          + "+upstream+nova.git"), repos.map(p -> p.getFileName().toString()).toList());
    }

    // The origin is gone: a second open can only succeed from the mirror, with no clone or fetch.
    deleteTree(origin.dir());
    lines.clear();
    try (GitSource source = GitSource.open(origin.url(), cache, lines::add)) {
      assertEquals(origin.head(), source.resolve("2.0.0").commitId());
      assertEquals(3, source.listFiles(source.resolve("2.0.0"), "nova", p -> p.endsWith(".py")).size());
    }
    assertEquals(List.of(), lines);
  }

  @Test
  void failedCloneLeavesNothingBehind() throws Exception {
    String url = temp.resolve("nowhere").toUri().toString();
    Path cache = temp.resolve("cache");
    InputException e = assertThrows(InputException.class, () -> GitSource.open(url, cache, ProgressSink.NONE));
    assertEquals(url + ": cannot clone: not found", e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    try (Stream<Path> repos = Files.list(cache.resolve("repos"))) {
      assertEquals(0, repos.count());
    }
  }

  @Test
  void sshUrlsAreRefusedWithAWayOut() {
    InputException e = assertThrows(InputException.class,
        () -> GitSource.open("git@github.com:openstack/nova.git", temp, ProgressSink.NONE));
    assertEquals("git@github.com:openstack/nova.git: cannot clone: ssh URLs are not supported"
        + " (use an https:// URL, or clone it with git and pass the directory)", e.getMessage());
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
