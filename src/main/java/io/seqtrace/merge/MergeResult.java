package io.seqtrace.merge;

import io.seqtrace.sequence.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of merging a derived diagram into a hand-written script.
 *
 * @param merged the script with derived steps inserted and stale messages marked
 * @param kept hand-written elements kept (stale ones included; fragment bodies counted one by one)
 * @param added derived steps (messages) inserted
 * @param matched derived steps aligned with a hand-written message or note
 * @param stale hand-written messages marked {@code Origin.STALE}
 * @param notes renamed lifelines, then findings (missing anchor files, stale messages) in script order
 */
public record MergeResult(Diagram merged, int kept, int added, int matched, int stale, List<String> notes) {
  public MergeResult {
    Objects.requireNonNull(merged, "merged");
    notes = List.copyOf(notes);
  }
}
