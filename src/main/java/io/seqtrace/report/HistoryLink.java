package io.seqtrace.report;

import io.seqtrace.trace.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the page {@code seqtrace history --out} wrote for an operation, if any, and the link to
 * it from the operation's report page. History pages are named after the operation as it was asked
 * for (an API name or an alias), so each name of the operation is tried.
 */
final class HistoryLink {
  private HistoryLink() {}

  /** The relative link from {@code OUT/ops/NAME.html} to the operation's history page. */
  static Optional<String> of(ReportConfig config, Operation op) {
    if (config.history().isEmpty()) {
      return Optional.empty();
    }
    Path dir = config.history().get().toAbsolutePath().normalize();
    List<String> names = new ArrayList<>();
    names.add(op.name());
    names.addAll(op.aliases());
    for (String name : names) {
      // The same file name as HistoryPages gives the first page of that name.
      Path page = dir.resolve(new PageNames().next(name) + ".html");
      if (Files.isRegularFile(page)) {
        Path from = config.out().resolve("ops").toAbsolutePath().normalize();
        return Optional.of(from.relativize(page).toString().replace('\\', '/'));
      }
    }
    return Optional.empty();
  }
}
