package io.seqtrace.check;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.error.InputException;
import io.seqtrace.regen.ProjectOfScript;
import io.seqtrace.regen.ScriptFiles;
import io.seqtrace.regen.ScriptMatcher;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.wsd.WsdReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks hand-written scripts against one analysed release, optionally against the release they
 * were written for ({@code baseline}) so authoring errors are not taken for drift. Scripts are
 * matched with operations as {@code seqtrace regen} matches them, and a script that cannot be read
 * is reported as an error while the others are still checked.
 */
public final class ScriptChecker {
  private final Analysis at;
  private final Optional<Analysis> baseline;
  private final ScriptMatcher matcher;
  private final ScriptRules rules;
  private final Map<String, Diagram> derived = new HashMap<>();
  private final Map<String, Optional<Diagram>> derivedAtBaseline = new HashMap<>();

  /** Checks against {@code at}, matching only scripts of the project {@code profile} describes. */
  public ScriptChecker(Analysis at, Optional<Analysis> baseline, Profile profile) {
    this.at = at;
    this.baseline = baseline;
    List<String> names = new ArrayList<>();
    for (Operation op : at.engine().operations()) {
      names.add(op.name());
      names.addAll(op.aliases());
    }
    this.matcher = new ScriptMatcher(names, Map.of(), ProjectOfScript.of(profile));
    this.rules = new ScriptRules(at.engine().index(), baseline.map(b -> b.engine().index()), profile.tracedExternals());
  }

  /** The scripts {@code path} (a directory or one script) stands for; see {@link ScriptFiles#list}. */
  public static List<Path> scripts(Path path) {
    return ScriptFiles.list(path);
  }

  /** Checks every script, in the order given. */
  public CheckReport check(String ref, List<Path> scripts) {
    return new CheckReport(ref, scripts.stream().map(this::check).toList());
  }

  /** Checks one script; an unreadable script is an {@link ScriptStatus#ERROR}, not an exception. */
  public ScriptCheck check(Path file) {
    String name = file.getFileName().toString();
    Optional<String> problem = ScriptFiles.problem(file);
    if (problem.isPresent()) {
      return ScriptCheck.failed(name, problem.get());
    }
    Diagram script;
    try {
      script = WsdReader.parse(file).diagram();
    } catch (InputException e) {
      return ScriptCheck.failed(name, e.getMessage());
    }
    Optional<Operation> op = matcher.match(name, script).flatMap(n -> at.engine().catalog().find(n));
    if (op.isEmpty()) {
      return new ScriptCheck(name, Optional.empty(), ScriptStatus.UNKNOWN, List.of());
    }
    String opName = op.get().name();
    Diagram now = derived.computeIfAbsent(opName, n -> at.engine().trace(op.get()).diagram());
    Optional<Diagram> before = derivedAtBaseline.computeIfAbsent(opName, n -> baseline.flatMap(
        b -> b.engine().catalog().find(n).map(o -> b.engine().trace(o).diagram())));
    List<Finding> findings = rules.findings(script, now, before);
    boolean stale = findings.stream().anyMatch(f -> f.kind().makesStale());
    return new ScriptCheck(name, Optional.of(opName), stale ? ScriptStatus.STALE : ScriptStatus.FRESH, findings);
  }
}
