package io.seqtrace.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one script.
 *
 * @param script the script's file name
 * @param operation the operation it was matched to, empty when none
 * @param status fresh, stale, unknown, or error when the script could not be read
 * @param findings findings sorted by line, then kind
 * @param error the one-line diagnostic when {@code status} is {@link ScriptStatus#ERROR}
 */
public record ScriptCheck(String script, Optional<String> operation, ScriptStatus status, List<Finding> findings,
    Optional<String> error) {
  public ScriptCheck {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
    Objects.requireNonNull(error, "error");
  }

  /** A script that was read and checked (or is unknown). */
  public ScriptCheck(String script, Optional<String> operation, ScriptStatus status, List<Finding> findings) {
    this(script, operation, status, findings, Optional.empty());
  }

  /** A script that could not be read: {@code error} is the reader's one-line diagnostic. */
  public static ScriptCheck failed(String script, String error) {
    return new ScriptCheck(script, Optional.empty(), ScriptStatus.ERROR, List.of(), Optional.of(error));
  }
}
