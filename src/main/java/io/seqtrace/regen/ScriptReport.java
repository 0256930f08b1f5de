package io.seqtrace.regen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What regeneration did with one script.
 *
 * @param script the input script
 * @param status what happened
 * @param operation the operation the script was matched with, empty when none
 * @param kept hand-written elements kept (0 unless merged)
 * @param added derived steps inserted
 * @param matched derived steps aligned with the script
 * @param stale hand-written messages marked stale
 * @param warnings {@code path[:line]: message} for what was tolerated, in order
 * @param notes the merge's notes (renamed lifelines, stale messages, missing anchor files)
 * @param written the files written, the merged script first
 * @param error the one-line diagnostic when {@code status} is {@link Status#FAILED}
 */
public record ScriptReport(
    Path script,
    Status status,
    Optional<String> operation,
    int kept,
    int added,
    int matched,
    int stale,
    List<String> warnings,
    List<String> notes,
    List<Path> written,
    Optional<String> error) {
  public ScriptReport {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(operation, "operation");
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
    written = List.copyOf(written);
    Objects.requireNonNull(error, "error");
  }

  /** How a script came out. */
  public enum Status {
    /** Matched, derived and merged. */
    MERGED,
    /** No known operation matches it; written and rendered as it is. */
    UNMATCHED,
    /** Its operation could not be derived; written and rendered as it is. */
    NOT_DERIVED,
    /** Nothing written: the script is unreadable, or its output could not be rendered or written. */
    FAILED
  }

  static ScriptReport failed(Path script, Optional<String> operation, List<String> warnings, String error) {
    return new ScriptReport(script, Status.FAILED, operation, 0, 0, 0, 0, warnings, List.of(), List.of(), Optional.of(error));
  }
}
