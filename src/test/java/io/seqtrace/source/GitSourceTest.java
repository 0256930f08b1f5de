package io.seqtrace.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.InputException;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSourceTest {
  static final String API = "def pause():\n    return \"paused\"\n";
  static final String API_BLOB = "cebaa05ca5df32563ff1530f7fa8bc882f332ea0";
  static final String MANAGER_V1 = "class Manager:\n    pass\n";
  static final String MANAGER_V1_BLOB = "78b8ba1b8441b48a69cd810f4781895377626c0a";
  static final String MANAGER_V2 = "class Manager:\n    def pause(self):\n        pass\n";
  static final String MANAGER_V2_BLOB = "2a272b885bc28eeee849649bc5b929855f326074";
  static final String EMPTY_BLOB = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
  static final String SETUP_CFG = "[metadata]\nname = nova\n";

  @TempDir Path temp;

  /** Two releases: 1.0.0 (annotated) and 2.0.0 (lightweight), manager.py changed between them. */
  static TestRepo twoReleases(TestRepos.Builder builder) {
    return builder
        .file("nova/__init__.py", "")
        .file("nova/api.py", API)
        .file("nova/compute/manager.py", MANAGER_V1)
        .file("nova/README.rst", "Nova\n")
        .file("setup.cfg", SETUP_CFG)
        .symlink("nova/link.py", "api.py")
        .submodule("nova/vendored", "0123456789abcdef0123456789abcdef01234567")
        .commit("first")
        .tag("1.0.0")
        .commit("second", Map.of("nova/compute/manager.py", MANAGER_V2))
        .lightweightTag("2.0.0")
        .branch("stable/2.0")
        .ref("refs/remotes/origin/feature")
        .build();
  }

  private TestRepo repo() {
    return twoReleases(TestRepos.builder(temp.resolve("nova")));
  }

  private GitSource open(TestRepo repo) {
    return GitSource.open(repo.dir().toString(), temp.resolve("cache"), ProgressSink.NONE);
  }

  @Test
  void resolvesAnnotatedTagToItsCommit() {
    TestRepo repo = repo();
    try (GitSource source = open(repo)) {
      Revision rev = source.resolve("1.0.0");
      assertEquals(new Revision("1.0.0", repo.commits().get(0), TestRepos.EPOCH), rev);
    }
  }

  @Test
  void resolvesLightweightTagBranchesIdsAndHead() {
    TestRepo repo = repo();
    String second = repo.commits().get(1);
    try (GitSource source = open(repo)) {
      for (String ref : List.of("2.0.0", "stable/2.0", "main", "origin/feature", "HEAD", second,
          second.substring(0, 7), "refs/tags/2.0.0")) {
        assertEquals(second, source.resolve(ref).commitId(), ref);
        assertEquals(ref, source.resolve(ref).ref());
      }
      assertEquals(TestRepos.EPOCH.plusSeconds(60), source.resolve("main").commitTime());
    }
  }

  @Test
  void unknownRefSuggestsTheClosestTag() {
    TestRepo repo = repo();
    try (GitSource source = open(repo)) {
      InputException e = assertThrows(InputException.class, () -> source.resolve("1.0.x"));
      assertEquals("unknown ref '1.0.x' in " + repo.dir() + "; did you mean '1.0.0'?", e.getMessage());
    }
  }

  @Test
  void unknownRefWithoutTagsSuggestsKinds() {
    TestRepo repo = TestRepos.builder(temp.resolve("r")).commit("only", Map.of("a.py", "")).build();
    try (GitSource source = open(repo)) {
      InputException e = assertThrows(InputException.class, () -> source.resolve("nope"));
      assertEquals("unknown ref 'nope' in " + repo.dir() + " (try a tag, a branch or a commit id)",
          e.getMessage());
    }
  }

  @Test
  void refToATreeIsNotACommit() {
    TestRepo repo = repo();
    try (GitSource source = open(repo)) {
      InputException e = assertThrows(InputException.class, () -> source.resolve("main^{tree}"));
      assertEquals("ref 'main^{tree}' in " + repo.dir() + " is not a commit", e.getMessage());
    }
  }

  @Test
  void listsPythonFilesWithBlobIdsSkippingLinksAndSubmodules() {
    TestRepo repo = repo();
    try (GitSource source = open(repo)) {
      List<SourceFile> v1 = source.listFiles(source.resolve("1.0.0"), "nova", p -> p.endsWith(".py"));
      List<SourceFile> v2 = source.listFiles(source.resolve("2.0.0"), "nova/", p -> p.endsWith(".py"));
      assertEquals(List.of(
          new SourceFile("nova/__init__.py", EMPTY_BLOB, 0),
          new SourceFile("nova/api.py", API_BLOB, 33),
          new SourceFile("nova/compute/manager.py", MANAGER_V1_BLOB, 24)), v1);
      assertEquals(List.of(
          new SourceFile("nova/__init__.py", EMPTY_BLOB, 0),
          new SourceFile("nova/api.py", API_BLOB, 33),
          new SourceFile("nova/compute/manager.py", MANAGER_V2_BLOB, 49)), v2);
    }
  }

  @Test
  void listsWholeTreeSortedByPath() {
    try (GitSource source = open(repo())) {
      List<String> paths = source.listFiles(source.resolve("HEAD"), "").stream()
          .map(SourceFile::path).toList();
      assertEquals(List.of("nova/README.rst", "nova/__init__.py", "nova/api.py",
          "nova/compute/manager.py", "setup.cfg"), paths);
    }
  }

  @Test
  void unknownPathPrefixIsAnInputError() {
    TestRepo repo = repo();
    try (GitSource source = open(repo)) {
      Revision rev = source.resolve("1.0.0");
      InputException e = assertThrows(InputException.class, () -> source.listFiles(rev, "neutron"));
      assertEquals("path 'neutron' not found at 1.0.0 in " + repo.dir(), e.getMessage());
    }
  }

  @Test
  void readsContentFromTheObjectDatabase() {
    try (GitSource source = open(repo())) {
      Revision v1 = source.resolve("1.0.0");
      SourceFile manager = source.listFiles(v1, "nova/compute").get(0);
      assertEquals(MANAGER_V1, source.readText(manager));
      assertArrayEquals(MANAGER_V2.getBytes(StandardCharsets.UTF_8), source.readBlob(MANAGER_V2_BLOB));
      assertEquals(SETUP_CFG, new String(source.readFile(v1, "setup.cfg").orElseThrow(), StandardCharsets.UTF_8));
      assertEquals(Optional.empty(), source.readFile(v1, "tox.ini"));
      assertEquals(Optional.empty(), source.readFile(v1, "nova/compute"));
      assertEquals(Optional.empty(), source.readFile(v1, "nova/link.py"));
    }
  }

  @Test
  void readsFromManyThreadsAtOnce() throws Exception {
    try (GitSource source = open(repo())) {
      List<SourceFile> files = source.listFiles(source.resolve("HEAD"), "");
      List<Future<byte[]>> results = new ArrayList<>();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (int i = 0; i < 200; i++) {
          SourceFile file = files.get(i % files.size());
          results.add(pool.submit(() -> source.read(file)));
        }
        for (int i = 0; i < results.size(); i++) {
          SourceFile file = files.get(i % files.size());
          assertEquals(file.size(), results.get(i).get().length, file.path());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void invalidUtf8AndBinaryContentHaveExactMessages() {
    TestRepo repo = TestRepos.builder(temp.resolve("r"))
        .file("nova/bad.py", new byte[] {'x', ' ', '=', ' ', '1', '\n', (byte) 0xff, '\n'})
        .file("nova/bin.py", new byte[] {'a', 'b', 'c', 0, 'd'})
        .file("nova/bom.py", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x'})
        .file("nova/cut.py", new byte[] {'a', (byte) 0xc3})
        .commit("odd bytes")
        .build();
    try (GitSource source = open(repo)) {
      List<SourceFile> files = source.listFiles(source.resolve("HEAD"), "nova");
      InputException bad = assertThrows(InputException.class, () -> source.readText(files.get(0)));
      assertEquals("nova/bad.py: not valid UTF-8 text (byte 0xff at offset 6)", bad.getMessage());
      InputException bin = assertThrows(InputException.class, () -> source.readText(files.get(1)));
      assertEquals("nova/bin.py: binary file (NUL byte at offset 3)", bin.getMessage());
      assertEquals("x", source.readText(files.get(2)));
      InputException cut = assertThrows(InputException.class, () -> source.readText(files.get(3)));
      assertEquals("nova/cut.py: not valid UTF-8 text (byte 0xc3 at offset 1)", cut.getMessage());
    }
  }

  @Test
  void opensBareRepositories() {
    TestRepo repo = twoReleases(TestRepos.builder(temp.resolve("nova.git")).bare());
    try (GitSource source = open(repo)) {
      assertEquals(repo.commits().get(0), source.resolve("1.0.0").commitId());
      assertEquals(5, source.listFiles(source.resolve("2.0.0"), "").size());
    }
  }

  @Test
  void missingDirectory() {
    String dir = temp.resolve("absent").toString();
    InputException e = assertThrows(InputException.class, () -> GitSource.open(dir, temp, ProgressSink.NONE));
    assertEquals("--repo " + dir + ": no such directory", e.getMessage());
  }

  @Test
  void plainDirectoryIsNotARepository() throws Exception {
    String dir = Files.createDirectory(temp.resolve("plain")).toString();
    InputException e = assertThrows(InputException.class, () -> GitSource.open(dir, temp, ProgressSink.NONE));
    assertEquals("--repo " + dir + ": not a git repository", e.getMessage());
  }

  @Test
  void subdirectoryOfAWorkTreeIsRefused() throws Exception {
    TestRepo repo = repo();
    String sub = Files.createDirectories(repo.dir().resolve("nova")).toString();
    InputException e = assertThrows(InputException.class, () -> GitSource.open(sub, temp, ProgressSink.NONE));
    assertEquals("--repo " + sub + ": not a git repository (it is inside the work tree of " + repo.dir()
        + "; pass that directory)", e.getMessage());
  }

  @Test
  void leavesALocalRepositoryUntouched() throws Exception {
    TestRepo repo = twoReleases(TestRepos.builder(temp.resolve("nova.git")).bare());
    List<String> before = listing(repo.dir());
    try (GitSource source = open(repo)) {
      Revision rev = source.resolve("2.0.0");
      source.listFiles(rev, "").forEach(source::read);
      assertThrows(InputException.class, () -> source.resolve("nope"));
    }
    assertEquals(before, listing(repo.dir()));
  }

  private static List<String> listing(Path dir) throws Exception {
    try (var paths = Files.walk(dir)) {
      return paths.map(p -> dir.relativize(p) + " " + p.toFile().length() + " " + p.toFile().lastModified())
          .sorted().toList();
    }
  }
}
