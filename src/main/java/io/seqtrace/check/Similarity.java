package io.seqtrace.check;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Edit distance between names, to suggest what a vanished function was renamed to. */
final class Similarity {
  private Similarity() {}

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
