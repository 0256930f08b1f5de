package io.seqtrace.error;

/**
 * Bad input from the user: a missing repository, an unknown ref, a malformed script.
 *
 * <p>The message is the whole one-line diagnostic the user sees, already prefixed with
 * {@code file:line[:col]: } where there is a position. Commands turn it into exit code 2 and print
 * no stack trace unless {@code --debug}.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** {@code path:line:col: message}; line and column are 1-based, a column of 0 is left out. */
  public static InputException at(String path, int line, int column, String message) {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return new InputException(sb.append(": ").append(message).toString());
  }
}
