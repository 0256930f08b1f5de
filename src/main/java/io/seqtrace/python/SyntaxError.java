package io.seqtrace.python;

import java.util.Objects;

/**
 * A syntax error in one Python file, with a 1-based line and column.
 *
 * @param path the file's path as given to the parser
 * @param line 1-based line
 * @param column 1-based column
 * @param message what is wrong, in ANTLR's words ({@code mismatched input ')' expecting ...})
 */
public record SyntaxError(String path, int line, int column, String message) {
  public SyntaxError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code path:line:col: message}, the form every seqtrace diagnostic takes. */
  @Override
  public String toString() {
    return path + ":" + line + ":" + column + ": " + message;
  }
}
