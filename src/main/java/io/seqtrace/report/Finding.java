package io.seqtrace.report;

import java.util.Objects;

/**
 * Something the report says about a hand-written script of an operation: for now only that the
 * script draws it; the check stage will add stale steps and missing hops.
 *
 * @param severity {@code info}, {@code warning} or {@code error}; drawn as a badge
 * @param subject what the finding is about, typically a script path relative to the scripts directory
 * @param line 1-based line in the subject, 0 when the finding is about the whole file
 * @param message one line of text
 */
public record Finding(String severity, String subject, int line, String message) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }
}
