package io.seqtrace.cli;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.check.ScriptChecker;
import io.seqtrace.report.CheckFindings;
import io.seqtrace.report.DiffView;
import io.seqtrace.report.FindingSource;
import io.seqtrace.report.ReportBuilder;
import io.seqtrace.report.ReportConfig;
import io.seqtrace.report.ReportResult;
import io.seqtrace.report.SourceLinks;
import io.seqtrace.report.WorkflowDiffView;
import io.seqtrace.trace.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace report}: writes a static HTML site of the derived workflows at one ref. */
@Command(
    name = "report",
    description = {
        "Write a static HTML report of the operations at --ref: OUT/index.html and OUT/ops/NAME.html.",
        "Pages are self-contained (inline CSS and SVG) and work offline; files in OUT that the report "
            + "does not write are left alone."})
final class ReportCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @Option(names = "--from", paramLabel = "REF", description = "Also show each diagram at this earlier ref, side by side.")
  private String from;

  @Option(names = "--op", paramLabel = "NAME", completionCandidates = OperationCandidates.class, description = "An operation to include (repeatable; default: all).")
  private List<String> ops = List.of();

  @Option(names = "--scripts", paramLabel = "DIR", description = "Hand-written .wsd scripts to list on each operation's page.")
  private Path scripts;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  private Path out;

  @Option(names = "--history", paramLabel = "DIR",
      description = "A directory 'seqtrace history --out' wrote: each operation's page links to its history page.")
  private Path history;

  @Option(names = "--source-url", paramLabel = "TEMPLATE", defaultValue = SourceLinks.DEFAULT_TEMPLATE,
      description = "Link for source anchors; {ref}, {commit}, {path} and {line} are replaced "
          + "(default: ${DEFAULT-VALUE}). Empty for no links.")
  private String sourceUrl;

  @Mixin private DetailOption detail;

  @Override
  ExitCode execute() throws IOException {
    String ref = repo.requireRef();
    PrintWriter stdout = out();
    PrintWriter err = err();
    try (RepoSession session = open(repo)) {
      Analysis at = session.analysis(ref);
      Optional<Analysis> before = Optional.ofNullable(from).map(session::analysis);
      Profile profile = session.project(ref).profile();
      FindingSource findings = scripts == null ? FindingSource.NONE : checkFindings(at, ref, profile);
      DiffView diffs = before.<DiffView>map(b -> new WorkflowDiffView(b, at, from, ref)).orElse(DiffView.NONE);
      ReportConfig config = new ReportConfig(session.source().name(), ref, Optional.ofNullable(from), ops, out, sourceUrl,
          Optional.ofNullable(history));
      ReportResult result = new ReportBuilder(config, findings, diffs, r -> detail.apply(r, profile)).write(at, before);
      stdout.println(result.written().get(0));
      // A picture PlantUML could not draw leaves a note on its page; say which, so it is not missed.
      result.operations().stream().filter(o -> !o.diagram().error().isEmpty()).forEach(o ->
          err.println("seqtrace: warning: could not draw " + o.result().operation().name() + ": " + o.diagram().error()));
      session.summary("reported %d operations (%d steps) at %s (%s)", result.operations().size(),
          result.steps(), ref, at.revision().shortId());
      stdout.flush();
    }
    return ExitCode.OK;
  }

  /** What {@code seqtrace check} finds in the scripts, shown on each operation's page. */
  private FindingSource checkFindings(Analysis at, String ref, Profile profile) {
    if (!java.nio.file.Files.isDirectory(scripts)) {
      throw new io.seqtrace.error.InputException("--scripts " + scripts + ": not a directory");
    }
    return new CheckFindings(new ScriptChecker(at, Optional.empty(), profile).check(ref, ScriptChecker.scripts(scripts)));
  }
}
