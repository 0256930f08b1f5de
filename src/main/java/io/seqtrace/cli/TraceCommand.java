package io.seqtrace.cli;

import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.json.TraceJson;
import io.seqtrace.render.AtomicFiles;
import io.seqtrace.render.MermaidWriter;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import io.seqtrace.wsd.WsdWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace trace}: derives the sequence of one, several or all operations and writes one file each. */
@Command(
    name = "trace",
    description = {
        "Derive the workflow of operations at --ref and write OUT/NAME.<json|wsd|puml|mmd> for each.",
        "NAME is the operation as given with --op (an API name such as os-migrateLive or an alias "
            + "such as live_migrate), or the API name with --all."})
final class TraceCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Selection selection;

  static final class Selection {
    @Option(names = "--op", paramLabel = "NAME", required = true, completionCandidates = OperationCandidates.class, description = "An operation to trace (repeatable).")
    List<String> ops;

    @Option(names = "--all", required = true, description = "Trace every operation the API offers.")
    boolean all;
  }

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json, wsd, puml or mermaid (written as NAME.mmd) (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--out", defaultValue = "out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Mixin private DetailOption detail;

  enum Format {
    json, wsd, puml, mermaid;

    /** Mermaid's own tools and editors know its text by the {@code .mmd} extension. */
    String extension() {
      return this == mermaid ? "mmd" : name();
    }
  }

  @Override
  ExitCode execute() throws IOException {
    String ref = repo.requireRef();
    PrintWriter stdout = out();
    try (RepoSession session = open(repo)) {
      ResolvedProject project = session.project(ref);
      TracedRevision revision = session.traced(ref);
      List<String> names = new ArrayList<>();
      List<Operation> operations = new ArrayList<>();
      if (selection.all) {
        for (Operation op : revision.operations()) {
          names.add(op.name());
          operations.add(op);
        }
      } else {
        for (String name : selection.ops) {
          operations.add(revision.find(name).orElseThrow(
              () -> OperationDeriver.unknown(name, " at " + ref, revision.operations())));
          names.add(name);
        }
      }
      Files.createDirectories(out);
      int steps = 0;
      String commit = revision.revision().commitId();
      for (int i = 0; i < operations.size(); i++) {
        TraceResult result = detail.apply(revision.trace(operations.get(i)), project.profile());
        Path file = out.resolve(fileName(names.get(i)) + "." + format.extension());
        AtomicFiles.writeString(file, render(result, ref, commit));
        steps += countSteps(result);
        stdout.println(file);
      }
      session.summary("traced %d operations (%d steps) at %s (%s)", operations.size(), steps, ref,
          revision.revision().shortId());
      stdout.flush();
    }
    return ExitCode.OK;
  }

  private String render(TraceResult result, String ref, String commit) {
    return switch (format) {
      case json -> TraceJson.write(result, ref, commit);
      case wsd -> WsdWriter.write(result.diagram());
      case puml -> PlantUmlWriter.write(result.diagram()).text();
      case mermaid -> MermaidWriter.write(result.diagram());
    };
  }

  /** Operation names become file names; only path separators need replacing. */
  static String fileName(String name) {
    return name.replace('/', '_').replace('\\', '_');
  }

  /** Drawn messages, fragments included (the JSON is not built a second time to count them). */
  private static int countSteps(TraceResult result) {
    return io.seqtrace.sequence.Flattened.messages(result.diagram().elements()).size();
  }
}
