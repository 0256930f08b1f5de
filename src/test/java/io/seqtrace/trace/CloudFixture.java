package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.testing.TestRepos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The minicloud fixture (Cinder's and Sahara's shapes, one file per idiom) at 1.0.0, traced with
 * the test profile {@code src/test/resources/trace/minicloud/profile.json}, with golden step
 * listings in {@code src/test/resources/trace/minicloud/<op>.txt}.
 */
final class CloudFixture implements AutoCloseable {
  static final String VERSION = "1.0.0";
  static final Path RESOURCES = Path.of("src/test/resources/trace/minicloud");
  static final Path PROFILE = RESOURCES.resolve("profile.json");

  private final Path dir;
  private final GitSource source;

  private CloudFixture(Path dir, GitSource source) {
    this.dir = dir;
    this.source = source;
  }

  /** Builds the fixture repository (fixtures/minicloud, each version tagged) in a fresh temporary directory. */
  static CloudFixture open() {
    try {
      Path dir = Files.createTempDirectory("seqtrace-minicloud");
      TestRepos.fromFixtureVersions(Path.of("fixtures/minicloud"), dir.resolve("repo.git"));
      return new CloudFixture(dir, GitSource.open(dir.resolve("repo.git").toString(), dir.resolve("cache"), ProgressSink.NONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Profile profile() {
    return Profile.named(PROFILE.toString());
  }

  /** A new analysis each time: nothing traced before can leak into it. */
  Analysis analysis() {
    return Analysis.load(source, VERSION, LoadOptions.defaults().withPathPrefix("minicloud").withThreads(2), profile());
  }

  static String listing(TraceResult result) {
    return StepListing.of(result.diagram().elements());
  }

  /**
   * The messages of a listing between two participants, without their source anchors (which a
   * change of the tracer may move), indentation kept: the hops a person reads off a diagram.
   */
  static List<String> hops(String listing) {
    return listing.lines()
        .filter(l -> l.contains(": ") && !l.strip().startsWith("alt ") && !l.strip().startsWith("opt ")
            && !l.strip().startsWith("loop ") && !l.strip().startsWith("else "))
        .filter(l -> {
          String head = l.strip().substring(0, l.strip().indexOf(": "));
          String[] ends = head.split(" -(>>|>|->) ");
          return ends.length == 2 && !ends[0].equals(ends[1]);
        })
        .map(l -> l.contains(" @ ") ? l.substring(0, l.indexOf(" @ ")) : l)
        .toList();
  }

  /** Compares with the golden listing; a missing golden is written and the test fails, asking for review. */
  static void assertGolden(String op, String actual) throws IOException {
    Path golden = RESOURCES.resolve(op + ".txt");
    if (!Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, op + " at minicloud " + VERSION);
  }

  @Override
  public void close() {
    source.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
