package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two steps between the same participants are one step changed rather than two different
 * ones: calls compare their method names ({@code build_instances} and
 * {@code schedule_and_build_instances}), other steps their labels ({@code vm_state = BUILDING} and
 * {@code vm_state = ACTIVE}), by shared words or a small edit distance. Words every database write
 * has ({@code save}, {@code create}) say nothing.
 */
final class StepNames {
  /** Steps whose method is the name of what is called. */
  private static final Set<StepKind> CALLS =
      EnumSet.of(StepKind.REQUEST, StepKind.CAST, StepKind.CALL, StepKind.FANOUT, StepKind.INVOKE);
  private static final Set<String> GENERIC = Set.of("save", "create", "destroy", "update", "get", "set", "the", "a",
      "and", "or", "of", "to", "return", "instance", "obj", "check");
  private static final double SHARED = 0.5;
  private static final double CLOSE = 0.7;

  private StepNames() {}

  static boolean similar(Message a, Message b) {
    return namesMethod(a) && namesMethod(b) ? similar(a.method(), b.method()) : similar(a.label(), b.label());
  }

  /** True when the step's method is the name of what it calls (not a write's {@code save}). */
  static boolean namesMethod(Message m) {
    return CALLS.contains(m.kind()) && !m.method().isEmpty();
  }

  /** Half the words of the shorter name are in the other, or the names are a few edits apart. */
  static boolean similar(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (!x.isEmpty() && !y.isEmpty()) {
      Set<String> small = x.size() <= y.size() ? x : y;
      Set<String> large = small == x ? y : x;
      long shared = small.stream().filter(large::contains).count();
      if (shared >= SHARED * small.size() && shared > 0) {
        return true;
      }
    }
    String p = a.toLowerCase(Locale.ROOT);
    String q = b.toLowerCase(Locale.ROOT);
    int longest = Math.max(p.length(), q.length());
    return longest > 0 && 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(p, q) / longest >= CLOSE;
  }

  /** Lower-case words of a name or label, snake_case, camelCase and punctuation split, generic words dropped. */
  static Set<String> words(String text) {
    String split = text.replace("\\n", " ").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String w : split.split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !GENERIC.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }
}
