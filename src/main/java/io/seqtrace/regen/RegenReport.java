package io.seqtrace.regen;

import java.util.List;

/**
 * What a regeneration run did, one entry per input script in input order.
 *
 * @param scripts per-script outcomes
 */
public record RegenReport(List<ScriptReport> scripts) {
  public RegenReport {
    scripts = List.copyOf(scripts);
  }

  /** True when no script failed; unmatched and underivable scripts count as done. */
  public boolean ok() {
    return scripts.stream().noneMatch(s -> s.status() == ScriptReport.Status.FAILED);
  }
}
