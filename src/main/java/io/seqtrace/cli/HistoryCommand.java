package io.seqtrace.cli;

import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.history.History;
import io.seqtrace.history.HistoryJson;
import io.seqtrace.history.HistoryRunner;
import io.seqtrace.history.HistoryText;
import io.seqtrace.history.Releases;
import io.seqtrace.report.HistoryPages;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace history}: how the workflows of operations changed across every release. */
@Command(
    name = "history",
    description = {
        "Trace operations at every release between --from and --to (default: every N.0.0 tag) and "
            + "report, per operation, the releases where it is present, what changed from each release "
            + "to the next, and the first and last release of each hop. Exit 0."})
final class HistoryCommand extends SeqtraceCommand {
  /** Progress lines only once a run has taken this long: a warm run stays quiet. */
  private static final long QUIET_NANOS = 1_000_000_000L;

  @Mixin private RepoOptions repo;

  @Option(names = "--op", required = true, paramLabel = "NAME",
      description = "An operation to follow (API name or alias; repeatable).")
  private List<String> ops = new ArrayList<>();

  @Option(names = "--from", paramLabel = "REF", description = "The oldest release (default: the oldest selected tag).")
  private String from;

  @Option(names = "--to", paramLabel = "REF", description = "The newest release (default: the newest selected tag).")
  private String to;

  @Option(names = "--refs", paramLabel = "PATTERN",
      description = "Tags to use, a glob such as '*.0.0' or '2025.*' (default: tags of the form N.0.0).")
  private String refs;

  @Option(names = "--json", description = "Print {\"repo\", \"refs\", \"operations\": [{\"operation\", \"present\", "
      + "\"untraceable\", \"changes\", \"hops\"}]} instead.")
  private boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/index.html, DIR/NAME.html per operation (timeline, hops) and "
          + "DIR/NAME/REF.svg, DIR/NAME/REF.diff.svg (each release's diagram, the diff picture of each change).")
  private Path out;

  @Mixin private DetailOption detail;

  @Override
  ExitCode execute() throws IOException {
    PrintWriter stdout = out();
    PrintWriter err = err();
    try (RepoSession session = open(repo)) {
      GitSource source = session.source();
      // Resolving the bounds first turns a mistyped one into the usual unknown-ref message.
      Optional.ofNullable(from).ifPresent(source::resolve);
      Optional.ofNullable(to).ifPresent(source::resolve);
      List<String> releases = Releases.select(source.tags(), Optional.ofNullable(refs), Optional.ofNullable(from),
          Optional.ofNullable(to));
      // The project as the newest release chosen names itself (select leaves at least one); one profile for the whole history.
      ResolvedProject project = session.project(releases.get(releases.size() - 1));
      Profile profile = project.profile();
      History history = HistoryRunner.run(source, releases, ops, project.options(), () -> profile,
          r -> detail.apply(r, profile),
          (index, total, ref) -> {
            if (session.elapsedNanos() > QUIET_NANOS) {
              err.printf("history: release %d of %d (%s)%n", index, total, ref);
              err.flush();
            }
          });
      stdout.print(json ? HistoryJson.write(history) : HistoryText.write(history));
      stdout.flush();
      if (out != null) {
        Files.createDirectories(out);
        List<Path> written = HistoryPages.write(history, out);
        // stderr: stdout may be JSON. The index and the pages; the pictures are linked from them.
        written.stream().filter(p -> p.toString().endsWith(".html")).forEach(err::println);
      }
      session.summary("followed %d operation%s across %d releases (%s .. %s)", history.operations().size(),
          history.operations().size() == 1 ? "" : "s", releases.size(), releases.get(0), releases.get(releases.size() - 1));
    }
    return ExitCode.OK;
  }
}
