package io.seqtrace.check;

import io.seqtrace.merge.StaleLines;
import io.seqtrace.merge.StaleLines.StaleLine;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The staleness rules, applied to one script and the workflow derived for it: the one engine
 * behind {@code seqtrace check} and the stale marks of {@code seqtrace regen}.
 */
public final class ScriptRules {
  private final CodeIndex at;
  private final Optional<CodeIndex> baseline;
  private final Set<String> tracedExternals;

  /**
   * Rules against the code {@code at} a release, and optionally the release the scripts were
   * written for; {@code tracedExternals} are the drivers the project's traces follow into (its
   * profile's), which a script must not keep once the workflow no longer reaches them.
   */
  public ScriptRules(CodeIndex at, Optional<CodeIndex> baseline, Collection<String> tracedExternals) {
    this.at = at;
    this.baseline = baseline;
    this.tracedExternals = Set.copyOf(tracedExternals);
  }

  /** Every finding on {@code script}, sorted by line, then kind, then text. */
  public List<Finding> findings(Diagram script, Diagram derived, Optional<Diagram> baselineDerived) {
    List<Finding> findings = new ArrayList<>();
    findings.addAll(AnchorRule.check(script.elements(), at, baseline));
    findings.addAll(DriftRules.rpcs(script, derived, baselineDerived, at, baseline));
    findings.addAll(DriftRules.participants(script, derived, tracedExternals));
    findings.addAll(DriftRules.hops(script, derived));
    // Stable order whatever order the rules ran in: by line, then kind, then text.
    findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::kind).thenComparing(Finding::message));
    return List.copyOf(findings);
  }

  /** The findings that make a script stale, as lines a merge marks ({@code kind: message}). */
  public StaleLines staleLines() {
    return (script, derived) -> findings(script, derived, Optional.empty()).stream()
        .filter(f -> f.kind().makesStale())
        .map(f -> new StaleLine(f.line(), f.kind().id() + ": " + f.message(), f.kind() != FindingKind.HOP_MISSING))
        .toList();
  }
}
