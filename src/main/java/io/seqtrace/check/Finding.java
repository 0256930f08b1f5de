package io.seqtrace.check;

import java.util.Objects;

/**
 * One problem found in a script.
 *
 * @param line 1-based line of the script it concerns
 * @param kind what it is about
 * @param message what is wrong, in one line
 */
public record Finding(int line, FindingKind kind, String message) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
