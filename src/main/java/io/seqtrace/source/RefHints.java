package io.seqtrace.source;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

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

  /**
   * The order in which equally close suggestions for {@code ref} are given: tags of the same shape
   * as {@code ref} first ({@code 33.0.5} and {@code v33.0.0} both have the shape of {@code 33.0.0}),
   * then other tags, then branches.
   */
  static Comparator<String> preferring(String ref, Collection<String> tags) {
    String shape = shape(ref);
    Set<String> tagSet = Set.copyOf(tags);
    return Comparator.<String>comparingInt(name -> tagSet.contains(name) && shape(name).equals(shape) ? 0 : tagSet.contains(name) ? 1 : 2);
  }

  /** Digits runs as {@code 9}, letter runs as {@code a}, a leading {@code v} dropped: {@code v12.0.0rc1} gives {@code 9.9.9a9}. */
  static String shape(String ref) {
    String r = ref.matches("[vV]\\d.*") ? ref.substring(1) : ref;
    return r.replaceAll("\\d+", "9").replaceAll("\\p{L}+", "a");
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
