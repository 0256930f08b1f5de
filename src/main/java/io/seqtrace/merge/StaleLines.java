package io.seqtrace.merge;

import io.seqtrace.sequence.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * The hand-written lines of a script that no longer match the code, as the staleness check finds
 * them, so that a merge marks exactly the lines {@code seqtrace check} reports and no others.
 */
@FunctionalInterface
public interface StaleLines {
  /** The stale lines of {@code script} given the workflow {@code derived} from the code, in line order. */
  List<StaleLine> find(Diagram script, Diagram derived);

  /** Finds nothing stale: for merges without a check (tests, scripts of unknown code). */
  static StaleLines none() {
    return (script, derived) -> List.of();
  }

  /**
   * One stale line.
   *
   * @param line the 1-based script line
   * @param reason why, in one line ({@code rpc-missing: build_instance is not a function any more})
   * @param wrong true when the line itself is wrong (drawn red); false when it only marks where
   *     something is missing (the reason note goes just before it)
   */
  record StaleLine(int line, String reason, boolean wrong) {
    public StaleLine {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
