package io.seqtrace.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote and found.
 *
 * @param written the files written, index first
 * @param operations the operations reported
 */
public record ReportResult(List<Path> written, List<OperationReport> operations) {
  public ReportResult {
    written = List.copyOf(written);
    operations = List.copyOf(operations);
  }

  public int steps() {
    return operations.stream().mapToInt(OperationReport::steps).sum();
  }
}
