package io.seqtrace.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seqtrace.project.LoadedCodebase;
import io.seqtrace.python.SyntaxError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** What {@code seqtrace parse} prints, as text or JSON; the same facts in both. */
final class ParseReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ParseReport() {}

  /**
   * {@code parsed 813 files, 175703 lines at 12.0.0 (6df6ad3ff3): 0 errors in 2.31 s}, then one
   * {@code path:line:col: message} line per error.
   */
  static String text(LoadedCodebase codebase, double seconds) {
    StringBuilder sb = new StringBuilder();
    int errors = codebase.errors().size();
    sb.append(String.format(Locale.ROOT, "parsed %d files, %d lines at %s (%s): %d %s in %.2f s%n",
        codebase.files(), codebase.lines(), codebase.revision().ref(), codebase.revision().shortId(),
        errors, errors == 1 ? "error" : "errors", seconds));
    codebase.errors().forEach(e -> sb.append(e).append(System.lineSeparator()));
    return sb.toString();
  }

  /** One line of JSON with the keys in a fixed order, so outputs diff cleanly. */
  static String json(LoadedCodebase codebase, double seconds) {
    List<JsonError> errors = codebase.errors().stream().map(JsonError::of).toList();
    // Two decimals as in the text form; BigDecimal so 2.3 does not print as 2.2999999.
    BigDecimal rounded = BigDecimal.valueOf(seconds).setScale(2, RoundingMode.HALF_UP);
    try {
      return JSON.writeValueAsString(new Json(codebase.files(), codebase.lines(), errors, rounded))
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("records of strings and numbers always serialize", e);
    }
  }

  @JsonPropertyOrder({"files", "lines", "errors", "seconds"})
  private record Json(int files, long lines, List<JsonError> errors, BigDecimal seconds) {}

  @JsonPropertyOrder({"path", "line", "column", "message"})
  private record JsonError(String path, int line, int column, String message) {
    static JsonError of(SyntaxError e) {
      return new JsonError(e.path(), e.line(), e.column(), e.message());
    }
  }
}
