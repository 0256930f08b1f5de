package io.seqtrace.cli;

import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.project.Codebase;
import io.seqtrace.project.LoadedCodebase;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace parse}: parses every Python file of a revision and reports syntax errors. */
@Command(
    name = "parse",
    description = {
        "Parse every Python file under --path at --ref and report syntax errors.",
        "Prints a summary line, then one path:line:col: message line per error. Syntax errors in "
            + "the input do not change the exit code (0); a bad repository, ref or path does (2)."})
final class ParseCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @Option(names = "--json", description = "Print {\"files\", \"lines\", \"errors\": [{\"path\", \"line\", \"column\", \"message\"}], \"seconds\"} instead.")
  private boolean json;

  @Override
  ExitCode execute() {
    String ref = repo.requireRef();
    repo.loadOptions(); // usage errors (--threads 0) before the repository is touched
    try (RepoSession session = open(repo)) {
      // Which directory: --path, else the project's own (its profile's source root, its name).
      ResolvedProject project = session.project(ref);
      LoadedCodebase codebase = Codebase.load(session.source(), project.revision(), project.options());
      double seconds = session.seconds();
      PrintWriter out = out();
      out.print(json ? ParseReport.json(codebase, seconds) : ParseReport.text(codebase, seconds));
      out.flush();
    }
    return ExitCode.OK;
  }
}
