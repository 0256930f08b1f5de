package io.seqtrace.report;

import java.util.Objects;
import java.util.Optional;

/**
 * An operation at {@code --from} and at {@code --ref}, for the side-by-side view.
 *
 * @param fromRef the earlier ref as given
 * @param before the diagram at {@code fromRef}, empty when the operation did not exist there
 * @param diff a real diff from a {@link DiffView}, when one is plugged in
 */
public record Comparison(String fromRef, Optional<DiagramSvg> before, Optional<String> diff) {
  public Comparison {
    Objects.requireNonNull(fromRef, "fromRef");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(diff, "diff");
  }
}
