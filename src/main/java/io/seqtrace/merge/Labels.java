package io.seqtrace.merge;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Compares message labels written by people ({@code select destinations}, {@code migrate_server()},
 * {@code build_instance}) with method names and event types found in the code.
 */
final class Labels {
  /** A whole label that is one snake_case word, optionally called: {@code pause_instance()}, {@code spawn}. */
  private static final Pattern METHOD = Pattern.compile("(?<name>[a-z_][a-z0-9_]*)\\s*(?:\\(\\s*\\))?");
  /** One-word answers that look like identifiers but are prose. */
  private static final Set<String> PROSE_WORDS = Set.of("done", "return", "response", "result", "ok", "success", "fail");
  /** How alike two normalised names must be to count as the same method (one typo in ten letters). */
  static final double SAME_NAME = 0.85;

  private Labels() {}

  /** The method a label names, when the whole label is a method-like identifier. */
  static Optional<String> methodName(String label) {
    Matcher m = METHOD.matcher(label.strip());
    if (!m.matches() || PROSE_WORDS.contains(m.group("name"))) {
      return Optional.empty();
    }
    return Optional.of(m.group("name"));
  }

  /** Lower case, calls and punctuation dropped, words joined by {@code _}: {@code Select Destinations()} gives {@code select_destinations}. */
  static String normalise(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace("()", " ");
    return s.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** 1 for equal names, falling with the edit distance between their normalised forms. */
  static double nameSimilarity(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    return 1.0 - (double) editDistance(x, y) / Math.max(x.length(), y.length());
  }

  /**
   * How well a hand-written label names a derived step: the best name similarity against the
   * step's label and method, or 0.9 when the method is one of the label's words.
   */
  static double labelSimilarity(String handLabel, String derivedLabel, String derivedMethod) {
    double best = Math.max(nameSimilarity(handLabel, derivedLabel), derivedMethod.isEmpty() ? 0 : nameSimilarity(handLabel, derivedMethod));
    if (!derivedMethod.isEmpty() && words(handLabel).contains(derivedMethod.toLowerCase(Locale.ROOT))) {
      best = Math.max(best, 0.9);
    }
    return best;
  }

  /** The share of the derived text's words that the hand-written text also has; {@code notify} is no word. */
  static double containment(String handText, String derivedText) {
    Set<String> derived = words(derivedText);
    if (derived.isEmpty()) {
      return 0;
    }
    Set<String> hand = words(handText);
    return (double) derived.stream().filter(hand::contains).count() / derived.size();
  }

  /** Words and dotted names split into identifiers: {@code scheduler.select_destinations.start} gives three. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")));
    words.remove("");
    words.remove("notify");
    return words;
  }

  private static int editDistance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
