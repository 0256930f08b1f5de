package io.seqtrace.regen;

import io.seqtrace.error.EnvironmentErrors;
import io.seqtrace.error.InputException;
import io.seqtrace.merge.CodeFacts;
import io.seqtrace.merge.MergeResult;
import io.seqtrace.merge.Merger;
import io.seqtrace.merge.StaleLines;
import io.seqtrace.render.AtomicFiles;
import io.seqtrace.render.DiagramOutput;
import io.seqtrace.render.DiagramSize;
import io.seqtrace.render.OutputDirectory;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Regenerates hand-written scripts against the code: for each script, find its operation, derive
 * it, merge, and write {@code <out>/<name>.wsd} and {@code <out>/<name>.<format>} atomically. Inputs
 * are only read. A script that fails is reported and the run goes on.
 *
 * @param inputs the scripts, processed in this order
 * @param outDir where merged scripts and images go (created when missing)
 * @param format the image format
 * @param matcher finds each script's operation (and refuses another project's scripts)
 * @param deriver operation name to derived diagram, empty when it cannot be derived
 * @param staleLines the staleness check: which hand-written lines to mark stale
 * @param regeneratedAt what a merged picture says it was regenerated at ({@code 33.0.0 (d5c64e7aba)}), empty for nothing
 */
public record RegenJob(
    List<Path> inputs,
    Path outDir,
    OutputFormat format,
    ScriptMatcher matcher,
    Function<String, Optional<Diagram>> deriver,
    StaleLines staleLines,
    String regeneratedAt) {
  public RegenJob {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(outDir, "outDir");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(deriver, "deriver");
    Objects.requireNonNull(staleLines, "staleLines");
    Objects.requireNonNull(regeneratedAt, "regeneratedAt");
  }

  /** A job that matches by name only, marks nothing stale and writes no caption; {@code facts} is not consulted. */
  public RegenJob(List<Path> inputs, Path outDir, OutputFormat format, List<String> operations,
      Function<String, Optional<Diagram>> deriver, CodeFacts facts) {
    this(inputs, outDir, format, new ScriptMatcher(operations), deriver, StaleLines.none(), "");
  }

  /** The scripts {@code path} stands for: the file itself, or a directory's {@code *.wsd} entries sorted by name. */
  public static List<Path> scripts(Path path) {
    return Files.isDirectory(path) ? ScriptFiles.inDirectory(path) : List.of(path);
  }

  /**
   * Processes every input; never throws for a bad script, which ends up {@code FAILED} in the report.
   *
   * @throws InputException when the output directory cannot be made (one line, not one per script)
   */
  public RegenReport run() {
    OutputDirectory.require(outDir);
    Merger merger = new Merger();
    Map<String, Path> producedBy = new HashMap<>();
    List<ScriptReport> reports = new ArrayList<>();
    for (Path input : inputs) {
      String name = baseName(input);
      Path earlier = producedBy.putIfAbsent(name.toLowerCase(Locale.ROOT), input);
      if (earlier != null) {
        reports.add(ScriptReport.failed(input, Optional.empty(), List.of(),
            input + ": output " + outDir.resolve(name + ".wsd") + " would overwrite the output of " + earlier));
        continue;
      }
      reports.add(new OneScript(input, name, merger).run());
    }
    return new RegenReport(reports);
  }

  /** {@code create.wsd} gives {@code create}. */
  static String baseName(Path input) {
    String name = input.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(".wsd") ? name.substring(0, name.length() - 4) : name;
  }

  /** The steps for one script, so per-script state stays out of the job. */
  private final class OneScript {
    private final Path input;
    private final Path wsdOut;
    private final Path imageOut;
    private final Merger merger;
    private final List<String> warnings = new ArrayList<>();
    private Optional<String> operation = Optional.empty();

    OneScript(Path input, String name, Merger merger) {
      this.input = input;
      this.wsdOut = outDir.resolve(name + ".wsd");
      this.imageOut = outDir.resolve(name + "." + format.extension());
      this.merger = merger;
    }

    ScriptReport run() {
      try {
        if (sameFile(input, wsdOut)) {
          return fail(input + ": output " + wsdOut + " is the input itself; choose another output directory");
        }
        Optional<String> unreadable = ScriptFiles.problem(input);
        if (unreadable.isPresent()) {
          return fail(unreadable.get());
        }
        WsdReader.Result read = WsdReader.parse(input);
        warnings.addAll(read.warnings());
        Diagram script = read.diagram();
        // Before matching and merging: an oversized script must cost a read, not a merge and a render.
        DiagramSize.requireRenderable(script, input.toString());
        Optional<String> foreign = matcher.foreign(script);
        if (foreign.isPresent()) {
          warnings.add(input + ": draws another project (" + foreign.get() + "); rendered as written");
          return write(script, ScriptReport.Status.UNMATCHED, Optional.empty());
        }
        operation = matcher.match(input.getFileName().toString(), script);
        if (operation.isEmpty()) {
          warnings.add(input + ": no known operation matches the file name or title; rendered as written");
          return write(script, ScriptReport.Status.UNMATCHED, Optional.empty());
        }
        Optional<Diagram> derived = deriver.apply(operation.get());
        if (derived.isEmpty()) {
          warnings.add(input + ": operation " + operation.get() + " could not be derived; rendered as written");
          return write(script, ScriptReport.Status.NOT_DERIVED, Optional.empty());
        }
        MergeResult merged = merger.merge(script, derived.get(), staleLines);
        return write(Caption.add(merged.merged(), regeneratedAt), ScriptReport.Status.MERGED, Optional.of(merged));
      } catch (InputException e) {
        return fail(e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        return fail(EnvironmentErrors.describe(e).orElse(input + ": cannot write " + outDir + ": " + e.getMessage()));
      } catch (RuntimeException e) {
        // A deriver or merge bug must not stop the other scripts; the report names the script.
        return fail(input + ": " + operation.map(o -> "operation " + o + ": ").orElse("") + e);
      }
    }

    /** Renders first, so a diagram PlantUML rejects leaves no half-updated pair of outputs. */
    private ScriptReport write(Diagram diagram, ScriptReport.Status status, Optional<MergeResult> merge)
        throws IOException {
      String script = WsdWriter.write(diagram);
      // The image is drawn from the script as written, so re-rendering a committed script gives
      // the committed image byte for byte (what diagrams/rendered is checked against).
      byte[] image = DiagramOutput.of(WsdReader.read(script, input.toString()), input.toString(), format);
      AtomicFiles.writeBytes(wsdOut, script.getBytes(StandardCharsets.UTF_8));
      AtomicFiles.writeBytes(imageOut, image);
      return new ScriptReport(input, status, operation,
          merge.map(MergeResult::kept).orElse(0), merge.map(MergeResult::added).orElse(0),
          merge.map(MergeResult::matched).orElse(0), merge.map(MergeResult::stale).orElse(0),
          warnings, merge.map(MergeResult::notes).orElse(List.of()), List.of(wsdOut, imageOut), Optional.empty());
    }

    private ScriptReport fail(String message) {
      return ScriptReport.failed(input, operation, warnings, message);
    }
  }

  /** True when both paths name one file; a missing output cannot be the input. */
  private static boolean sameFile(Path input, Path output) throws IOException {
    if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      return true;
    }
    return Files.exists(input) && Files.exists(output) && Files.isSameFile(input, output);
  }
}
