package io.seqtrace.check;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.error.InputException;
import io.seqtrace.regen.ScriptMatcher;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.CodeIndex;
import io.seqtrace.trace.Operation;
import io.seqtrace.wsd.WsdReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks hand-written scripts against one analysed release, optionally against the release they
 * were written for ({@code baseline}) so authoring errors are not taken for drift.
 */
public final class ScriptChecker {
  private final Analysis at;
  private final Optional<Analysis> baseline;
  private final ScriptMatcher matcher;
  private final Map<String, Diagram> derived = new HashMap<>();
  private final Map<String, Optional<Diagram>> derivedAtBaseline = new HashMap<>();

  public ScriptChecker(Analysis at, Optional<Analysis> baseline) {
    this.at = at;
    this.baseline = baseline;
    List<String> names = new ArrayList<>();
    for (Operation op : at.engine().operations()) {
      names.add(op.name());
      names.addAll(op.aliases());
    }
    this.matcher = new ScriptMatcher(names);
  }

  /** The {@code *.wsd} files of {@code dir}, sorted by name. */
  public static List<Path> scripts(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": not a directory");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wsd"))
          .filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Checks every script, in the order given. */
  public CheckReport check(String ref, List<Path> scripts) {
    return new CheckReport(ref, scripts.stream().map(this::check).toList());
  }

  /** Checks one script; an unreadable line is skipped by the lenient reader, as regen does. */
  public ScriptCheck check(Path file) {
    String name = file.getFileName().toString();
    Diagram script = WsdReader.parse(file).diagram();
    Optional<Operation> op = matcher.match(name, script.title()).flatMap(n -> at.engine().catalog().find(n));
    if (op.isEmpty()) {
      return new ScriptCheck(name, Optional.empty(), ScriptStatus.UNKNOWN, List.of());
    }
    String opName = op.get().name();
    Diagram now = derived.computeIfAbsent(opName, n -> at.engine().trace(op.get()).diagram());
    Optional<Diagram> before = derivedAtBaseline.computeIfAbsent(opName, n -> baseline.flatMap(
        b -> b.engine().catalog().find(n).map(o -> b.engine().trace(o).diagram())));
    CodeIndex index = at.engine().index();
    Optional<CodeIndex> baseIndex = baseline.map(b -> b.engine().index());
    List<Finding> findings = new ArrayList<>();
    findings.addAll(AnchorRule.check(script.elements(), index, baseIndex));
    findings.addAll(DriftRules.rpcs(script, now, before, index, baseIndex));
    findings.addAll(DriftRules.participants(script, now));
    findings.addAll(DriftRules.hops(script, now, lastLine(file)));
    // Stable order whatever order the rules ran in: by line, then kind, then text.
    findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::kind).thenComparing(Finding::message));
    boolean stale = findings.stream().anyMatch(f -> f.kind().makesStale());
    return new ScriptCheck(name, Optional.of(opName), stale ? ScriptStatus.STALE : ScriptStatus.FRESH, findings);
  }

  private static int lastLine(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return (int) Math.max(1, lines.count());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
