package io.seqtrace.render;

import java.util.List;
import java.util.Objects;

/**
 * PlantUML source text plus, for each of its lines, the script line it was written for, so a
 * PlantUML error can be reported against the file the user wrote.
 *
 * @param text the PlantUML source, {@code @startuml} to {@code @enduml}, ending with a newline
 * @param sourceLines for PlantUML line {@code i} (1-based) at index {@code i - 1}, the diagram
 *     element's script line, 0 for generated lines (header, skin, declarations)
 * @param elements the diagram's elements (messages, notes, fragments and what they hold) and
 * @param participants its distinct participants, as {@link DiagramSize} counts them;
 *     {@link Renderer} refuses a script over the limits before PlantUML sees it
 */
public record PlantUmlScript(String text, List<Integer> sourceLines, long elements, long participants) {
  public PlantUmlScript {
    Objects.requireNonNull(text, "text");
    sourceLines = List.copyOf(sourceLines);
  }

  /** Hand-made PlantUML, sized by its lines (at least one per element) and its declarations. */
  public PlantUmlScript(String text, List<Integer> sourceLines) {
    this(text, sourceLines, text.lines().count(),
        text.lines().filter(l -> l.startsWith("participant ") || l.startsWith("actor ")).count());
  }

  /** The script line behind 1-based PlantUML line {@code line}, 0 when unknown. */
  public int sourceLine(int line) {
    return line >= 1 && line <= sourceLines.size() ? sourceLines.get(line - 1) : 0;
  }
}
