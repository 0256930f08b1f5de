package io.seqtrace.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.StepListing;
import io.seqtrace.trace.TraceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derived workflows are stored by commit: a second run reads them without loading any code. */
class TracedRevisionTest {

  @TempDir Path tmp;

  private GitSource repo() {
    TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), tmp.resolve("repo.git"));
    return GitSource.open(tmp.resolve("repo.git").toString(), tmp.resolve("clones"), ProgressSink.NONE);
  }

  private LoadOptions cached() {
    return LoadOptions.defaults().withPathPrefix("nova").withThreads(2).withCacheDir(Optional.of(tmp.resolve("cache")));
  }

  @Test
  void secondRunReadsStoredTracesWithoutLoadingCode() {
    try (GitSource source = repo()) {
      TracedRevision first = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      List<String> names = first.operations().stream().map(Operation::name).toList();
      TraceResult pause = first.trace(first.find("pause").orElseThrow());
      TraceResult live = first.trace(first.find("live_migrate").orElseThrow());
      assertTrue(first.loaded());

      TracedRevision second = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      assertEquals(names, second.operations().stream().map(Operation::name).toList());
      TraceResult pauseAgain = second.trace(second.find("pause").orElseThrow());
      TraceResult liveAgain = second.trace(second.find("os-migrateLive").orElseThrow());
      assertFalse(second.loaded(), "a stored revision must not load its code");
      assertEquals(pause.diagram(), pauseAgain.diagram());
      assertEquals(StepListing.of(live.diagram().elements()), StepListing.of(liveAgain.diagram().elements()));
      assertEquals(pause.guesses(), pauseAgain.guesses());
      assertEquals("nova/api/openstack/compute/pause_server.py", pauseAgain.operation().entry().path());
      assertEquals(pause.operation().entry().def().line(), pauseAgain.operation().entry().def().line());
    }
  }

  @Test
  void anotherCommitIsTracedAfresh() {
    try (GitSource source = repo()) {
      TracedRevision v1 = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      v1.trace(v1.find("create").orElseThrow());
      TracedRevision v2 = TracedRevision.open(source, "2.0.0", cached(), Profile.nova());
      String steps = StepListing.of(v2.trace(v2.find("create").orElseThrow()).diagram().elements());
      assertTrue(v2.loaded());
      assertTrue(steps.contains("schedule_and_build_instances (cast)"), steps);
    }
  }

  @Test
  void corruptStoredTraceIsTracedAgain() throws IOException {
    try (GitSource source = repo()) {
      TracedRevision first = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      TraceResult pause = first.trace(first.find("pause").orElseThrow());
      try (Stream<Path> files = Files.walk(tmp.resolve("cache/blobs/trace"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          byte[] bytes = Files.readAllBytes(f);
          bytes[bytes.length - 1] ^= 0x5a;
          Files.write(f, bytes);
        }
      }
      TracedRevision second = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      TraceResult again = second.trace(second.find("pause").orElseThrow());
      assertTrue(second.loaded(), "a corrupt entry must not be trusted");
      assertEquals(pause.diagram(), again.diagram());
    }
  }

  private List<Path> storedEntries() throws IOException {
    try (Stream<Path> files = Files.walk(tmp.resolve("cache/blobs/trace"))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void anEntryCopiedOverAnotherOperationsIsTracedAgainNotServed() throws IOException {
    try (GitSource source = repo()) {
      TracedRevision first = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      first.operations();
      List<Path> catalogOnly = storedEntries();
      TraceResult pause = first.trace(first.find("pause").orElseThrow());
      Path pauseEntry = storedEntries().stream().filter(p -> !catalogOnly.contains(p)).findFirst().orElseThrow();
      List<Path> before = storedEntries();
      TraceResult unpause = first.trace(first.find("unpause").orElseThrow());
      Path unpauseEntry = storedEntries().stream().filter(p -> !before.contains(p)).findFirst().orElseThrow();
      Files.copy(pauseEntry, unpauseEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

      TracedRevision second = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      TraceResult again = second.trace(second.find("unpause").orElseThrow());
      assertTrue(second.loaded(), "a misplaced entry must not be served");
      assertEquals(unpause.diagram(), again.diagram());
      assertFalse(again.diagram().equals(pause.diagram()));
      TracedRevision third = TracedRevision.open(source, "1.0.0", cached(), Profile.nova());
      assertEquals(unpause.diagram(), third.trace(third.find("unpause").orElseThrow()).diagram());
      assertFalse(third.loaded(), "the recomputed entry is stored in its place");
    }
  }

  @Test
  void withoutCacheEveryRunLoadsTheCode() {
    try (GitSource source = repo()) {
      LoadOptions none = LoadOptions.defaults().withPathPrefix("nova").withThreads(2);
      TracedRevision.open(source, "1.0.0", none, Profile.nova()).operations();
      TracedRevision again = TracedRevision.open(source, "1.0.0", none, Profile.nova());
      again.operations();
      assertTrue(again.loaded());
    }
  }
}
