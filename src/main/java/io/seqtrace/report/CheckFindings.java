package io.seqtrace.report;

import io.seqtrace.check.CheckReport;
import io.seqtrace.check.ScriptCheck;
import io.seqtrace.trace.TraceResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings of {@code seqtrace check} on an operation's page: each hand-written script that
 * draws the operation, fresh or not, and what no longer holds in it, at its script line.
 */
public final class CheckFindings implements FindingSource {
  private final CheckReport report;

  public CheckFindings(CheckReport report) {
    this.report = report;
  }

  @Override
  public List<Finding> findings(TraceResult result) {
    List<Finding> out = new ArrayList<>();
    for (ScriptCheck script : report.scripts()) {
      if (!script.operation().map(result.operation().name()::equals).orElse(false)) {
        continue;
      }
      if (script.findings().isEmpty()) {
        out.add(new Finding("info", script.script(), 0, "fresh: everything it says still holds at " + report.ref()));
      }
      for (io.seqtrace.check.Finding f : script.findings()) {
        String severity = f.kind().makesStale() ? "warning" : "info";
        out.add(new Finding(severity, script.script(), f.line(), f.kind().id() + ": " + f.message()));
      }
    }
    return out;
  }
}
