package io.seqtrace.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.python.SyntaxError;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Python file of real Nova, tests included, parses without error from Liberty to today. */
class NovaCodebaseTest {
  @TempDir Path cache;

  @ParameterizedTest(name = "nova {0}: {1} files")
  @CsvSource({"12.0.0, 1457", "13.0.0, 1494", "16.0.0, 1626", "31.0.0, 1477", "33.0.0, 1489"})
  void parsesEveryFileWithoutErrors(String tag, int files) {
    String repo = System.getenv("NOVA_REPO");
    assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO is not set");
    try (GitSource source = GitSource.open(repo, cache, ProgressSink.NONE)) {
      long start = System.nanoTime();
      LoadedCodebase codebase = Codebase.load(source, source.resolve(tag),
          LoadOptions.defaults().withPathPrefix("nova").withIncludeTests(true));
      List<String> errors = codebase.errors().stream().map(SyntaxError::toString).limit(20).toList();
      assertEquals(List.of(), errors);
      assertEquals(files, codebase.files());
      assertEquals(files, codebase.modules().size());
      System.out.printf("nova %s: %d files, %d lines in %.2f s%n", tag, codebase.files(), codebase.lines(),
          (System.nanoTime() - start) / 1e9);
    }
  }
}
