package io.seqtrace.report;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.trace.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds reports over the mininova fixture repository for the report tests. */
final class MiniNovaReport {
  private MiniNovaReport() {}

  /** The fixture repository with tags 1.0.0, 1.0.1 and 2.0.0. */
  static TestRepo repo(Path dir) {
    return TestRepos.fromFixtureVersions(Path.of("fixtures/mininova"), dir.resolve("repo"));
  }

  /** Writes a report of {@code ops} (all when empty) at {@code ref}, compared with {@code from} when given. */
  static ReportResult write(TestRepo repo, Path dir, ReportConfig config, FindingSource findings) throws IOException {
    return writeWith(repo, dir, config, at -> findings);
  }

  /** As above, with findings that depend on the analysed revision (its catalog). */
  static ReportResult writeWith(TestRepo repo, Path dir, ReportConfig config, Function<Analysis, FindingSource> findings)
      throws IOException {
    LoadOptions options = new LoadOptions("nova", false, 2, Optional.empty());
    try (GitSource source = GitSource.open(repo.dir().toString(), dir.resolve("cache"), ProgressSink.NONE)) {
      Analysis at = Analysis.load(source, config.ref(), options, Profile.nova());
      Optional<Analysis> from = config.from().map(f -> Analysis.load(source, f, options, Profile.nova()));
      return new ReportBuilder(config, findings.apply(at), DiffView.NONE).write(at, from);
    }
  }

  static ReportConfig config(Path out, String ref, Optional<String> from, List<String> ops, String template) {
    return new ReportConfig("mininova", ref, from, ops, out, template);
  }
}
