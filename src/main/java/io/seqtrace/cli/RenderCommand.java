package io.seqtrace.cli;

import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.RenderJob;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code seqtrace render FILE.wsd... --format svg|png --out DIR}: draws websequencediagrams scripts as images. */
@Command(
    name = "render",
    description = "Render websequencediagrams scripts (.wsd) to SVG or PNG, one image per script.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every script was rendered", "2:a script could not be read, parsed or rendered"})
public final class RenderCommand extends SeqtraceCommand {
  @Parameters(arity = "1..*", paramLabel = "FILE.wsd", description = "Scripts to render.")
  private List<Path> files;

  @Option(names = "--format", defaultValue = "svg", paramLabel = "svg|png|mermaid",
      description = "Image format, or mermaid for a Markdown file with the diagram in a mermaid block (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--out", defaultValue = ".", paramLabel = "DIR", description = "Output directory, created when missing (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  ExitCode execute() {
    OutputFormat outputFormat = OutputFormat.parse(format)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--format must be svg, png or mermaid, not '" + format + "'"));
    RenderJob.Report report = new RenderJob(files, outputFormat, out).run();
    PrintWriter err = err();
    report.warnings().forEach(w -> err.println(w.replaceFirst(": ", ": warning: ")));
    FailureLines.of(report.failures().stream().map(RenderJob.Failure::message).toList(), files.size())
        .forEach(err::println);
    err.flush();
    PrintWriter stdout = out();
    report.written().forEach(stdout::println);
    stdout.flush();
    return report.ok() ? ExitCode.OK : ExitCode.USAGE;
  }
}
