package io.seqtrace.cli;

import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.diff.DiffDiagram;
import io.seqtrace.diff.DiffJson;
import io.seqtrace.diff.DiffText;
import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.WorkflowDiff;
import io.seqtrace.diff.Workflows;
import io.seqtrace.render.AtomicFiles;
import io.seqtrace.render.MermaidWriter;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlScript;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.sequence.Diagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace diff}: how the derived workflows of operations changed between two releases. */
@Command(
    name = "diff",
    description = {
        "Compare the derived workflows of operations at --from and --to: steps added, removed or "
            + "changed (kind, participant, method, or the file or function it happens in). "
            + "Line-number shifts are not changes. Differences are not errors: exit 0."})
final class DiffCommand extends SeqtraceCommand {
  @Mixin private RepoOptions repo;

  @Option(names = "--from", required = true, paramLabel = "REF", description = "The older release.")
  private String from;

  @Option(names = "--to", required = true, paramLabel = "REF", description = "The newer release.")
  private String to;

  @Option(names = "--op", paramLabel = "NAME", completionCandidates = OperationCandidates.class,
      description = "An operation to compare (repeatable; default: every operation at either ref).")
  private List<String> ops = new ArrayList<>();

  @Option(names = "--json", description = "Print {\"from\", \"to\", \"operations\": [{\"operation\", \"added\", "
      + "\"removed\", \"changed\": [{\"before\", \"after\"}]}]} instead.")
  private boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/NAME.diff.puml and DIR/NAME.diff.svg per operation.")
  private Path out;

  @Mixin private DetailOption detail;

  @Override
  ExitCode execute() throws IOException {
    PrintWriter stdout = out();
    try (RepoSession session = open(repo)) {
      // One release at a time: only the diagrams are kept, so two code bases never sit in memory at once.
      Map<String, Diagram> before = derive(session, from);
      Map<String, Diagram> after = derive(session, to);
      for (String name : ops) {
        if (!before.containsKey(name) && !after.containsKey(name)) {
          throw OperationDeriver.unknown(name, " at " + from + " and " + to, session.traced(to).operations());
        }
      }
      List<OperationDiff> diffs = ops.isEmpty() ? WorkflowDiff.compare(before, after) : inGivenOrder(before, after);
      stdout.print(json ? DiffJson.write(from, to, diffs) : DiffText.write(diffs));
      stdout.flush();
      if (out != null) {
        writeDiagrams(diffs);
      }
      session.summary("compared %d operations between %s and %s", diffs.size(), from, to);
    }
    return ExitCode.OK;
  }

  private Map<String, Diagram> derive(RepoSession session, String ref) {
    ResolvedProject project = session.project(ref);
    return Workflows.derive(session.traced(ref), ops, r -> detail.apply(r, project.profile()));
  }

  private List<OperationDiff> inGivenOrder(Map<String, Diagram> before, Map<String, Diagram> after) {
    List<OperationDiff> diffs = new ArrayList<>();
    for (String name : ops.stream().distinct().toList()) {
      diffs.add(WorkflowDiff.compare(Map.of(name, orEmpty(before, name)), Map.of(name, orEmpty(after, name))).get(0));
    }
    return diffs;
  }

  private static Diagram orEmpty(Map<String, Diagram> diagrams, String name) {
    return diagrams.getOrDefault(name, new Diagram(name, List.of(), List.of()));
  }

  private void writeDiagrams(List<OperationDiff> diffs) throws IOException {
    Files.createDirectories(out);
    for (OperationDiff diff : diffs) {
      String base = TraceCommand.fileName(diff.operation()) + ".diff";
      PlantUmlScript script = PlantUmlWriter.write(DiffDiagram.of(diff, from, to));
      AtomicFiles.writeString(out.resolve(base + ".puml"), script.text());
      AtomicFiles.writeString(out.resolve(base + ".mmd"), MermaidWriter.write(DiffDiagram.of(diff, from, to)));
      Path svg = out.resolve(base + ".svg");
      AtomicFiles.writeBytes(svg, Renderer.render(script, base + ".puml", OutputFormat.SVG));
      // stderr: stdout may be JSON.
      err().println(svg);
    }
  }
}
