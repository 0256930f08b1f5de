package io.seqtrace.diff;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the derived workflows of operations at two releases.
 *
 * <p>Each diagram is flattened into its messages, and the two sequences are aligned by their
 * longest common subsequence on a key of participants and method (kind and line left out).
 * Unmatched steps between the same matched neighbours are then paired when they have the same
 * {@code from} and {@code to} and a similar method or label ({@link StepNames#similar}): a renamed
 * RPC, a changed database write. What stays unpaired is added or removed; {@link CrossServiceSummary}
 * tells hops that moved to another service from the rest.
 */
public final class WorkflowDiff {
  private WorkflowDiff() {}

  /**
   * Diffs every operation of either side by name, sorted by name. A name missing on one side
   * diffs against an empty workflow.
   */
  public static List<OperationDiff> compare(Map<String, Diagram> before, Map<String, Diagram> after) {
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<OperationDiff> diffs = new ArrayList<>();
    for (String name : names) {
      diffs.add(compare(name, steps(before.get(name)), steps(after.get(name))));
    }
    return List.copyOf(diffs);
  }

  private static List<Message> steps(Diagram diagram) {
    return diagram == null ? List.of() : Steps.of(diagram);
  }

  /** Diffs one operation given its flattened steps at each release. */
  public static OperationDiff compare(String operation, List<Message> before, List<Message> after) {
    List<AlignedStep> union = align(before, after);
    List<Message> added = new ArrayList<>();
    List<Message> removed = new ArrayList<>();
    List<StepChange> changed = new ArrayList<>();
    for (AlignedStep row : union) {
      if (row.before().isEmpty()) {
        added.add(row.after().get());
      } else if (row.after().isEmpty()) {
        removed.add(row.before().get());
      } else if (row.changed()) {
        changed.add(new StepChange(row.before().get(), row.after().get()));
      }
    }
    return new OperationDiff(operation, added, removed, changed, union);
  }

  /** True when two aligned steps differ in anything but their line numbers. */
  static boolean differs(Message a, Message b) {
    return a.kind() != b.kind()
        || !a.from().equals(b.from())
        || !a.to().equals(b.to())
        || !a.method().equals(b.method())
        || !a.label().equals(b.label())
        || !place(a.anchor()).equals(place(b.anchor()));
  }

  /** The file and function of an anchor: where a step happens, its line aside. */
  private static String place(Optional<SourceAnchor> anchor) {
    return anchor.map(x -> x.path() + " " + x.function()).orElse("");
  }

  static List<AlignedStep> align(List<Message> a, List<Message> b) {
    int n = a.size();
    int m = b.size();
    // lcs[i][j] = length of the LCS of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = Steps.key(a.get(i)).equals(Steps.key(b.get(j)))
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<AlignedStep> rows = new ArrayList<>();
    List<Message> gapA = new ArrayList<>();
    List<Message> gapB = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && Steps.key(a.get(i)).equals(Steps.key(b.get(j))) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        closeGap(gapA, gapB, rows);
        rows.add(new AlignedStep(Optional.of(a.get(i++)), Optional.of(b.get(j++))));
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        gapB.add(b.get(j++));
      } else {
        gapA.add(a.get(i++));
      }
    }
    closeGap(gapA, gapB, rows);
    return rows;
  }

  /** Pairs what was removed and added between the same matched neighbours, then empties the gap. */
  private static void closeGap(List<Message> gapA, List<Message> gapB, List<AlignedStep> rows) {
    boolean[] taken = new boolean[gapB.size()];
    for (Message r : gapA) {
      int partner = partner(r, gapB, taken);
      if (partner >= 0) {
        taken[partner] = true;
      }
      rows.add(new AlignedStep(Optional.of(r), partner >= 0 ? Optional.of(gapB.get(partner)) : Optional.empty()));
    }
    for (int k = 0; k < gapB.size(); k++) {
      if (!taken[k]) {
        rows.add(new AlignedStep(Optional.empty(), Optional.of(gapB.get(k))));
      }
    }
    gapA.clear();
    gapB.clear();
  }

  private static int partner(Message r, List<Message> candidates, boolean[] taken) {
    for (int k = 0; k < candidates.size(); k++) {
      Message c = candidates.get(k);
      // A change keeps both ends; a hop that moved to another service is removed and added (the
      // summary names it), so a pair never differs in both from and to.
      if (!taken[k] && c.from().equals(r.from()) && c.to().equals(r.to()) && StepNames.similar(r, c)) {
        return k;
      }
    }
    return -1;
  }
}
