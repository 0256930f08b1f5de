package io.seqtrace.render;

import io.seqtrace.sequence.Diagram;
import java.nio.charset.StandardCharsets;

/** The bytes of a diagram in an {@link OutputFormat}: drawn by PlantUML, or written as Mermaid Markdown. */
public final class DiagramOutput {
  private DiagramOutput() {}

  /**
   * {@code diagram} in {@code format}; {@code displayPath} names its script in errors.
   *
   * @throws io.seqtrace.error.InputException when PlantUML cannot draw the diagram
   */
  public static byte[] of(Diagram diagram, String displayPath, OutputFormat format) {
    if (format == OutputFormat.MERMAID) {
      return MermaidWriter.markdown(diagram).getBytes(StandardCharsets.UTF_8);
    }
    return Renderer.render(PlantUmlWriter.write(diagram), displayPath, format);
  }
}
