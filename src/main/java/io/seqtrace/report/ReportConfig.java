package io.seqtrace.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to report on, as the command line gave it.
 *
 * @param repoName the repository as shown in titles
 * @param ref the revision reported on
 * @param from an earlier revision to compare with, if any
 * @param operations operation names or aliases to include; empty means all
 * @param out the output directory
 * @param sourceUrlTemplate the link template (see {@link SourceLinks}); empty for no links
 * @param history a directory {@code seqtrace history --out} wrote, which pages link to; empty for none
 */
public record ReportConfig(String repoName, String ref, Optional<String> from, List<String> operations, Path out,
    String sourceUrlTemplate, Optional<Path> history) {
  public ReportConfig {
    Objects.requireNonNull(repoName, "repoName");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(from, "from");
    operations = List.copyOf(operations);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(sourceUrlTemplate, "sourceUrlTemplate");
    Objects.requireNonNull(history, "history");
  }

  /** A report that links to no history pages. */
  public ReportConfig(String repoName, String ref, Optional<String> from, List<String> operations, Path out,
      String sourceUrlTemplate) {
    this(repoName, ref, from, operations, out, sourceUrlTemplate, Optional.empty());
  }
}
