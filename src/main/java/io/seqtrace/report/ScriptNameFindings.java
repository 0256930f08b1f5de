package io.seqtrace.report;

import io.seqtrace.error.InputException;
import io.seqtrace.regen.ScriptMatcher;
import io.seqtrace.trace.OperationCatalog;
import io.seqtrace.trace.TraceResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The stand-in for real findings: lists which {@code .wsd} scripts in a directory draw each
 * operation, matched by file name against operation names and aliases.
 */
public final class ScriptNameFindings implements FindingSource {
  /** Operation name to the scripts (relative paths, sorted) that draw it. */
  private final Map<String, List<String>> scriptsByOperation;

  private ScriptNameFindings(Map<String, List<String>> scriptsByOperation) {
    this.scriptsByOperation = scriptsByOperation;
  }

  /** Reads the script names under {@code dir} and matches them against {@code catalog}. */
  public static ScriptNameFindings scan(Path dir, OperationCatalog catalog) {
    if (!Files.isDirectory(dir)) {
      throw new InputException("--scripts: not a directory: " + dir);
    }
    List<String> names = new ArrayList<>();
    catalog.operations().forEach(op -> {
      names.add(op.name());
      names.addAll(op.aliases());
    });
    ScriptMatcher matcher = new ScriptMatcher(names);
    Map<String, List<String>> byOp = new TreeMap<>();
    for (Path script : scripts(dir)) {
      Optional<String> match = matcher.match(script.getFileName().toString(), "");
      match.flatMap(catalog::find).ifPresent(op -> byOp.computeIfAbsent(op.name(), k -> new ArrayList<>())
          .add(dir.relativize(script).toString().replace('\\', '/')));
    }
    return new ScriptNameFindings(byOp);
  }

  @Override
  public List<Finding> findings(TraceResult result) {
    return scriptsByOperation.getOrDefault(result.operation().name(), List.of()).stream()
        .map(path -> new Finding("info", path, 0, "draws this operation (stale-step checks come with seqtrace check)"))
        .toList();
  }

  private static List<Path> scripts(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".wsd"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
