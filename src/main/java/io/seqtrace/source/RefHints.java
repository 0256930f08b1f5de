package io.seqtrace.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Picks the tag most like a ref the user mistyped, so the error message shows a real example. */
final class RefHints {
  private RefHints() {}

  /**
   * The tag sharing the longest prefix with {@code ref}, then the shortest, then the first in
   * string order: {@code 12.0.x} gives {@code 12.0.0} rather than {@code 12.0.0.0b1}.
   */
  static Optional<String> closestTag(String ref, Collection<String> tags) {
    return tags.stream()
        .min(Comparator.<String>comparingInt(tag -> -commonPrefix(ref, tag))
            .thenComparingInt(String::length)
            .thenComparing(Comparator.naturalOrder()));
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
