package io.seqtrace.report;

import io.seqtrace.error.InputException;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.sequence.Diagram;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A diagram rendered for inlining in a page, or the reason it could not be: one diagram PlantUML
 * cannot draw must not cost the whole report.
 *
 * @param markup the {@code <svg>} element without XML prolog, empty on failure
 * @param error why rendering failed, empty on success
 */
public record DiagramSvg(String markup, String error) {
  public DiagramSvg {
    Objects.requireNonNull(markup, "markup");
    Objects.requireNonNull(error, "error");
  }

  /** Renders {@code diagram}; {@code displayName} names it in error messages. */
  static DiagramSvg render(Diagram diagram, String displayName) {
    try {
      String svg = new String(Renderer.render(PlantUmlWriter.write(diagram), displayName, OutputFormat.SVG),
          StandardCharsets.UTF_8);
      return new DiagramSvg(inline(svg, ""), "");
    } catch (InputException e) {
      return new DiagramSvg("", e.getMessage());
    } catch (RuntimeException e) {
      // A PlantUML crash on one diagram still leaves that operation a page, saying why.
      return new DiagramSvg("", "PlantUML failed: " + e);
    }
  }

  /** The same drawing with ids prefixed, for a page that inlines it next to another. */
  DiagramSvg withIdPrefix(String idPrefix) {
    return markup.isEmpty() ? this : new DiagramSvg(inline(markup, idPrefix), error);
  }

  /**
   * Drops the XML prolog (not allowed inside HTML) and prefixes ids and their references, since
   * two inlined SVGs share one id space and PlantUML numbers its ids the same way every time.
   */
  static String inline(String svg, String idPrefix) {
    int start = svg.indexOf("<svg");
    String body = start >= 0 ? svg.substring(start) : svg;
    if (idPrefix.isEmpty()) {
      return body;
    }
    return body.replace("id=\"", "id=\"" + idPrefix)
        .replace("url(#", "url(#" + idPrefix)
        .replace("href=\"#", "href=\"#" + idPrefix);
  }
}
