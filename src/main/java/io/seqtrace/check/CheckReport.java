package io.seqtrace.check;

import java.util.List;
import java.util.Objects;

/**
 * The results of checking a directory of scripts at one release.
 *
 * @param ref the release checked against
 * @param scripts one result per script, sorted by file name
 */
public record CheckReport(String ref, List<ScriptCheck> scripts) {
  public CheckReport {
    Objects.requireNonNull(ref, "ref");
    scripts = List.copyOf(scripts);
  }

  public long count(ScriptStatus status) {
    return scripts.stream().filter(s -> s.status() == status).count();
  }

  /** True when some script could not be read. */
  public boolean anyUnreadable() {
    return count(ScriptStatus.ERROR) > 0;
  }

  /** True when any script is stale; unknown scripts do not count. */
  public boolean anyStale() {
    return count(ScriptStatus.STALE) > 0;
  }
}
