package io.seqtrace.testing;

import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;

/**
 * Real OpenStack clones for integration tests, named by environment variables ({@code NOVA_REPO},
 * {@code CINDER_REPO}, ...): a test that needs one is skipped, saying which, when it is unset.
 */
public final class RealRepos {
  private RealRepos() {}

  /** Opens the clone {@code variable} names, with a fresh cache; skips the test when it is unset. */
  public static GitSource open(String variable) {
    String repo = System.getenv(variable);
    Assumptions.assumeTrue(repo != null && !repo.isBlank(), variable + " is not set");
    try {
      return GitSource.open(repo, Files.createTempDirectory("seqtrace-" + variable.toLowerCase()), ProgressSink.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
