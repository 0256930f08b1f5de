package io.seqtrace.cli;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.check.CheckOutput;
import io.seqtrace.check.CheckReport;
import io.seqtrace.check.ScriptChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace check}: reports where hand-written scripts no longer match the code at a release. */
@Command(
    name = "check",
    description = {
        "Check every *.wsd script in --scripts against the code at --ref: source anchors, RPC names, "
            + "participants and cross-service hops. Exit 0 when every matched script is fresh, 1 when any is stale, "
            + "2 when a script could not be read (after checking all the others)."})
final class CheckCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @Option(names = "--scripts", required = true, paramLabel = "DIR|FILE",
      description = "A script or a directory of *.wsd scripts (as regen takes them).")
  private Path scripts;

  @Option(names = "--baseline", paramLabel = "REF",
      description = "The release the scripts were written for: anchors that fail there too are "
          + "reported as anchor-invalid (an authoring error) and do not make a script stale.")
  private String baseline;

  @Option(names = "--json", description = "Print {\"ref\", \"scripts\": [{\"script\", \"operation\", \"status\", "
      + "\"findings\": [{\"line\", \"kind\", \"message\"}]}]} instead.")
  private boolean json;

  @Override
  ExitCode execute() throws IOException {
    String ref = repo.requireRef();
    PrintWriter out = out();
    List<Path> files = ScriptChecker.scripts(scripts);
    try (RepoSession session = open(repo)) {
      Analysis at = session.analysis(ref);
      Optional<Analysis> base = Optional.ofNullable(baseline).map(session::analysis);
      CheckReport report = new ScriptChecker(at, base, session.project(ref).profile()).check(ref, files);
      PrintWriter err = err();
      report.scripts().forEach(s -> s.error().ifPresent(err::println));
      err.flush();
      out.print(json ? CheckOutput.json(report) : CheckOutput.text(report));
      out.flush();
      if (report.anyUnreadable()) {
        return ExitCode.USAGE;
      }
      return report.anyStale() ? ExitCode.PROBLEMS : ExitCode.OK;
    }
  }
}
