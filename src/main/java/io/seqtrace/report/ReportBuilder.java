package io.seqtrace.report;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.error.InputException;
import io.seqtrace.error.Suggestions;
import io.seqtrace.render.AtomicFiles;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the report: traces the chosen operations, renders their diagrams and writes the index
 * and one page per operation. Only files it writes are touched; nothing in {@code out} is deleted.
 */
public final class ReportBuilder {
  private final ReportConfig config;
  private final FindingSource findings;
  private final DiffView diffs;
  private final java.util.function.UnaryOperator<TraceResult> view;

  /** {@code findings} is {@link FindingSource#NONE} for no findings section; {@code diffs} may be {@link DiffView#NONE}. */
  public ReportBuilder(ReportConfig config, FindingSource findings, DiffView diffs) {
    this(config, findings, diffs, java.util.function.UnaryOperator.identity());
  }

  /** {@code view} chooses what of each trace is drawn (a level of detail). */
  public ReportBuilder(ReportConfig config, FindingSource findings, DiffView diffs,
      java.util.function.UnaryOperator<TraceResult> view) {
    this.config = config;
    this.findings = findings;
    this.diffs = diffs;
    this.view = view;
  }

  /** Writes the report for {@code at}, comparing with {@code from} when given. */
  public ReportResult write(Analysis at, Optional<Analysis> from) throws IOException {
    SourceLinks links = new SourceLinks(config.sourceUrlTemplate(), config.ref(), at.revision().commitId());
    PageNames names = new PageNames();
    List<OperationReport> reports = new ArrayList<>();
    for (Operation op : select(at)) {
      reports.add(report(op, names.next(op.name()), at, from));
    }
    List<Path> written = new ArrayList<>();
    Path index = config.out().resolve("index.html");
    AtomicFiles.writeString(index, IndexPage.write(config, at.revision(), reports, links));
    written.add(index);
    boolean showFindings = findings != FindingSource.NONE;
    for (OperationReport r : reports) {
      Path page = config.out().resolve("ops").resolve(r.fileName() + ".html");
      AtomicFiles.writeString(page, OperationPage.write(config, r, links, showFindings));
      written.add(page);
    }
    return new ReportResult(written, reports);
  }

  /** All operations in catalog order, or those asked for in the order asked (each once). */
  private List<Operation> select(Analysis at) {
    if (config.operations().isEmpty()) {
      return at.engine().operations();
    }
    Map<String, Operation> chosen = new LinkedHashMap<>();
    for (String name : config.operations()) {
      Operation op = at.engine().catalog().find(name).orElseThrow(() -> new InputException(Suggestions.unknown(
          "operation", name, " at " + config.ref(), Suggestions.closest(name, names(at.engine().operations())),
          "run 'seqtrace ops' to list them")));
      chosen.putIfAbsent(op.name(), op);
    }
    return List.copyOf(chosen.values());
  }

  private static List<String> names(List<Operation> operations) {
    return operations.stream().flatMap(op -> java.util.stream.Stream.concat(java.util.stream.Stream.of(op.name()),
        op.aliases().stream())).distinct().sorted().toList();
  }

  private OperationReport report(Operation op, String fileName, Analysis at, Optional<Analysis> from) {
    TraceResult result;
    DiagramSvg svg;
    try {
      result = view.apply(at.engine().trace(op));
      svg = DiagramSvg.render(result.diagram(), op.name() + " at " + config.ref());
    } catch (RuntimeException e) {
      // One operation the tracer cannot follow still gets its page, with the reason in place of the picture.
      result = new TraceResult(op, new Diagram(op.name(), List.of(), List.of()), List.of(), List.of(), false);
      svg = new DiagramSvg("", "could not trace " + op.name() + ": " + e);
    }
    Optional<Comparison> comparison = from.map(before -> compare(op, before));
    return new OperationReport(fileName, result, StepRows.of(result.diagram()), svg, comparison,
        findings.findings(result));
  }

  /** The operation at {@code --from}, found by the same name (operations keep their API names across releases). */
  private Comparison compare(Operation op, Analysis before) {
    String fromRef = config.from().orElse(before.revision().ref());
    Optional<DiagramSvg> old = before.engine().catalog().find(op.name())
        .map(o -> DiagramSvg.render(view.apply(before.engine().trace(o)).diagram(), op.name() + " at " + fromRef));
    return new Comparison(fromRef, old, diffs.apply(op.name()));
  }
}
