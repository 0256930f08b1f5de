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

/**
 * The mininova fixture at 3.0.0, whose files (an overlay on 2.0.0) reproduce the idioms of the
 * newer tracer, with golden step listings in {@code src/test/resources/trace/3.0.0/<op>.txt}.
 */
final class IdiomFixture implements AutoCloseable {
  static final String VERSION = "3.0.0";
  private static final Path GOLDEN = Path.of("src/test/resources/trace").resolve(VERSION);

  private final GitSource source;

  private IdiomFixture(GitSource source) {
    this.source = source;
  }

  /** Builds the fixture repository (every mininova version, tagged) in a fresh temporary directory. */
  static IdiomFixture open() {
    try {
      Path dir = Files.createTempDirectory("seqtrace-idioms");
      TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), dir.resolve("repo.git"));
      return new IdiomFixture(GitSource.open(dir.resolve("repo.git").toString(), dir.resolve("cache"), ProgressSink.NONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new analysis of 3.0.0 each time: nothing traced before can leak into it. */
  Analysis analysis() {
    return Analysis.load(source, VERSION, LoadOptions.defaults().withPathPrefix("nova").withThreads(2), Profile.nova());
  }

  static String listing(TraceResult result) {
    return StepListing.of(result.diagram().elements());
  }

  /** Compares with the golden listing; a missing golden is written and the test fails, asking for review. */
  static void assertGolden(String op, String actual) throws IOException {
    Path golden = GOLDEN.resolve(op + ".txt");
    if (!Files.exists(golden)) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, op + " at " + VERSION);
  }

  @Override
  public void close() {
    source.close();
  }
}
