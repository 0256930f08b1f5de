package io.seqtrace.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one script.
 *
 * @param script the script's file name
 * @param operation the operation it was matched to, empty when none
 * @param status fresh, stale or unknown
 * @param findings findings sorted by line, then kind
 */
public record ScriptCheck(String script, Optional<String> operation, ScriptStatus status, List<Finding> findings) {
  public ScriptCheck {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }
}
