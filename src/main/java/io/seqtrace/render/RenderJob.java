package io.seqtrace.render;

import io.seqtrace.error.InputException;
import io.seqtrace.wsd.WsdReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders WSD scripts to image files: read, translate to PlantUML, render, write
 * {@code <out>/<basename>.<format>} atomically. A bad script is reported and skipped; the others
 * are still rendered.
 *
 * @param inputs the {@code .wsd} files, rendered in this order
 * @param format the image format
 * @param outDir where the images go (created when missing)
 */
public record RenderJob(List<Path> inputs, OutputFormat format, Path outDir) {
  public RenderJob {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outDir, "outDir");
  }

  /**
   * Renders every input; never throws for a bad input, which ends up in {@link Report#failures()}.
   *
   * @throws InputException when the output directory cannot be made (one line, not one per script)
   */
  public Report run() {
    OutputDirectory.require(outDir);
    List<Path> written = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<Path, Path> producedBy = new HashMap<>();
    for (Path input : inputs) {
      Path target = outDir.resolve(baseName(input) + "." + format.extension());
      Path earlier = producedBy.putIfAbsent(target, input);
      if (earlier != null) {
        failures.add(new Failure(input, input + ": output " + target + " would overwrite the image of " + earlier));
        continue;
      }
      try {
        WsdReader.Result script = WsdReader.parse(input);
        warnings.addAll(script.warnings());
        DiagramSize.requireRenderable(script.diagram(), input.toString());
        byte[] image = DiagramOutput.of(script.diagram(), input.toString(), format);
        AtomicFiles.writeBytes(target, image);
        written.add(target);
      } catch (InputException e) {
        failures.add(new Failure(input, e.getMessage()));
      } catch (IOException e) {
        failures.add(new Failure(input, OutputDirectory.cannotWrite(target, e)));
      }
    }
    return new Report(written, failures, warnings);
  }

  /** {@code create.wsd} gives {@code create}; a name without {@code .wsd} is kept whole. */
  static String baseName(Path input) {
    String name = input.getFileName().toString();
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".wsd") ? name.substring(0, name.length() - 4) : name;
  }

  /**
   * What a run did.
   *
   * @param written the images written, in input order
   * @param failures the inputs that produced no image
   * @param warnings {@code file:line: message} for what was tolerated in scripts that did render
   */
  public record Report(List<Path> written, List<Failure> failures, List<String> warnings) {
    public Report {
      written = List.copyOf(written);
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }

    /** True when every input was rendered; warnings do not count. */
    public boolean ok() {
      return failures.isEmpty();
    }
  }

  /**
   * One input that produced no image.
   *
   * @param input the script
   * @param message the one-line diagnostic, {@code file:line: message}
   */
  public record Failure(Path input, String message) {
    public Failure {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(message, "message");
    }
  }
}
