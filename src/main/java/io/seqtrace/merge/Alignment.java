package io.seqtrace.merge;

import java.util.Arrays;

/**
 * An order-preserving alignment of two sequences that maximises the summed pair scores (a weighted
 * longest common subsequence; gaps cost nothing, pairs scoring 0 are never made).
 */
final class Alignment {
  /** Scores a pair of positions, one in each sequence. */
  interface Score {
    double of(int left, int right);
  }

  private Alignment() {}

  /** For each right position, the left position it is paired with, or -1. */
  static int[] align(int leftSize, int rightSize, Score score) {
    double[][] best = new double[leftSize + 1][rightSize + 1];
    double[][] pair = new double[leftSize + 1][rightSize + 1];
    for (int i = 1; i <= leftSize; i++) {
      for (int j = 1; j <= rightSize; j++) {
        pair[i][j] = score.of(i - 1, j - 1);
        double diagonal = pair[i][j] > 0 ? best[i - 1][j - 1] + pair[i][j] : 0;
        best[i][j] = Math.max(diagonal, Math.max(best[i - 1][j], best[i][j - 1]));
      }
    }
    int[] leftOf = new int[rightSize];
    Arrays.fill(leftOf, -1);
    int i = leftSize;
    int j = rightSize;
    while (i > 0 && j > 0) {
      if (pair[i][j] > 0 && best[i][j] == best[i - 1][j - 1] + pair[i][j]) {
        leftOf[j - 1] = i - 1;
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
    return leftOf;
  }
}
