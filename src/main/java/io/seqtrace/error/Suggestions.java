package io.seqtrace.error;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean ...?" for a mistyped name: the closest known names by edit distance, with case and
 * {@code -}/{@code _} folded so {@code Pause} finds {@code pause} and {@code live-migrate} finds
 * {@code live_migrate}.
 */
public final class Suggestions {
  /** At most this many names are suggested, as git does. */
  static final int MAX = 3;

  private Suggestions() {}

  /** The names closest to {@code typed}, best first; empty when none is close. */
  public static List<String> closest(String typed, Collection<String> names) {
    return closest(typed, names, Comparator.comparingInt(name -> 0));
  }

  /**
   * The names closest to {@code typed}, best first; among names as close, {@code preferred} orders
   * them (smaller first), then plain string order. A name equal to {@code typed} but for folding
   * beats any other; only the names as close as the closest are given. Close means within a third of the typed length (at least 2, 1 for names of
   * three characters or fewer).
   */
  public static List<String> closest(String typed, Collection<String> names, Comparator<String> preferred) {
    String folded = fold(typed);
    if (folded.isEmpty()) {
      return List.of();
    }
    int limit = folded.length() <= 3 ? 1 : Math.max(2, folded.length() / 3);
    List<String> distinct = names.stream().distinct().filter(n -> !n.equals(typed)).toList();
    List<String> exact = distinct.stream().filter(n -> fold(n).equals(folded)).sorted(preferred.thenComparing(n -> n)).toList();
    if (!exact.isEmpty()) {
      return exact.stream().limit(MAX).toList();
    }
    record Scored(String name, int distance) {}
    return distinct.stream()
        .map(n -> new Scored(n, LevenshteinDistance.getDefaultInstance().apply(folded, fold(n))))
        .filter(s -> s.distance() <= limit)
        .sorted(Comparator.comparingInt(Scored::distance)
            .thenComparing(Scored::name, preferred)
            .thenComparing(Scored::name))
        .collect(Collectors.collectingAndThen(Collectors.toList(), all -> all.stream()
            // Only the best: a near miss is not worth naming beside a closer one.
            .filter(s -> s.distance() == all.get(0).distance())
            .limit(MAX)
            .map(Scored::name)
            .toList()));
  }

  /**
   * The one-line message for {@code typed} when it is none of {@code names}:
   * {@code unknown WHAT 'typed'WHERE; did you mean 'x'?}, or {@code unknown WHAT 'typed'WHERE (FALLBACK)}
   * when no name is close.
   *
   * @param where appended as is, such as {@code " at 12.0.0"}; may be empty
   */
  public static String unknown(String what, String typed, String where, List<String> suggestions, String fallback) {
    String head = "unknown " + what + " '" + typed + "'" + where;
    return suggestions.isEmpty() ? head + " (" + fallback + ")" : head + "; " + didYouMean(suggestions);
  }

  /** {@code did you mean 'a'?}, {@code did you mean 'a' or 'b'?}, {@code did you mean 'a', 'b' or 'c'?} */
  public static String didYouMean(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no names to suggest");
    }
    List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
    String list = quoted.size() == 1 ? quoted.get(0)
        : quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + quoted.get(quoted.size() - 1);
    return "did you mean " + list + "?";
  }

  /** Lower case, {@code -} as {@code _}: the differences people do not see as typos. */
  static String fold(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
  }
}
