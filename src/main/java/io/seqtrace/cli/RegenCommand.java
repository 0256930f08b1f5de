package io.seqtrace.cli;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.check.ScriptRules;
import io.seqtrace.merge.StaleLines;
import io.seqtrace.regen.ProjectOfScript;
import io.seqtrace.regen.RegenJob;
import io.seqtrace.regen.RegenReport;
import io.seqtrace.regen.ScriptFiles;
import io.seqtrace.regen.ScriptMatcher;
import io.seqtrace.render.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code seqtrace regen}: merges what the code at a ref does into hand-written scripts and renders them. */
@Command(
    name = "regen",
    description = {
        "Regenerate hand-written websequencediagrams scripts against the code at --ref.",
        "Each script is matched with an operation by its file name or title, merged with the workflow "
            + "derived from the code, and written with its image to OUT/NAME.wsd and OUT/NAME.<format>. "
            + "The scripts themselves are never modified."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every script was processed (scripts without a known operation are rendered as written, with a warning)",
        "2:bad input: repository, ref, script directory, or a script that could not be read, rendered or written"})
final class RegenCommand extends SeqtraceCommand {
  /** Where the project keeps its own annotation scripts, relative to the installation (see {@link Installation}). */
  static final String DEFAULT_SCRIPTS = "diagrams/nova";

  @Mixin private RevisionOptions repo;

  @Option(names = "--scripts", paramLabel = "DIR|FILE",
      description = "A script or a directory of *.wsd scripts (default: " + DEFAULT_SCRIPTS + " of the seqtrace installation).")
  private Path scripts;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Output directory, created when missing (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--format", paramLabel = "svg|png|mermaid", defaultValue = "svg",
      description = "Image format, or mermaid for a Markdown file OUT/NAME.md with the diagram in a mermaid block "
          + "(default: ${DEFAULT-VALUE}).")
  private String format;

  @Mixin private DetailOption detail;

  @Override
  ExitCode execute() {
    String ref = repo.requireRef();
    Path scripts = this.scripts != null ? this.scripts : Installation.resolve(DEFAULT_SCRIPTS);
    OutputFormat outputFormat = OutputFormat.parse(format)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--format must be svg, png or mermaid, not '" + format + "'"));
    // Checked before the (slow) analysis, so a typo in --scripts fails at once.
    List<Path> inputs = ScriptFiles.list(scripts);
    try (RepoSession session = open(repo)) {
      ResolvedProject project = session.project(ref);
      Analysis analysis = session.analysis(ref);
      ScriptMatcher matcher = new ScriptMatcher(OperationDeriver.knownNames(analysis.engine()), Map.of(),
          ProjectOfScript.of(project.profile()));
      StaleLines stale = new ScriptRules(analysis.engine().index(), Optional.empty(),
          project.profile().tracedExternals()).staleLines();
      RegenReport report = new RegenJob(inputs, out, outputFormat, matcher, new OperationDeriver(analysis.engine(), r -> detail.apply(r, project.profile())),
          stale, ref + " (" + analysis.revision().shortId() + ")").run();
      RegenLines.print(report, out(), err());
      session.summary("%s", RegenLines.summary(report, ref, analysis.revision().shortId()));
      return report.ok() ? ExitCode.OK : ExitCode.USAGE;
    }
  }
}
