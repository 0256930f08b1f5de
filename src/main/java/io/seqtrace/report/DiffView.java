package io.seqtrace.report;

import java.util.Optional;
import java.util.function.Function;

/**
 * Supplies a rendered diff of an operation between {@code --from} and {@code --ref} as SVG
 * markup, keyed by operation name; {@code seqtrace diff}'s engine can implement it. Without one,
 * the page shows the two derived diagrams side by side.
 */
@FunctionalInterface
public interface DiffView extends Function<String, Optional<String>> {
  /** No diff engine: pages fall back to the side-by-side view. */
  DiffView NONE = name -> Optional.empty();
}
