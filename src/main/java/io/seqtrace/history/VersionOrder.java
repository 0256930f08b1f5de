package io.seqtrace.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders release names as versions: digit runs compare as numbers, so {@code 9.0.0} comes before
 * {@code 12.0.0} and {@code 2025.1} before {@code 2025.10}; other text compares as text.
 */
public final class VersionOrder implements Comparator<String> {
  public static final VersionOrder INSTANCE = new VersionOrder();

  private VersionOrder() {}

  @Override
  public int compare(String a, String b) {
    List<String> x = chunks(a);
    List<String> y = chunks(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = compareChunk(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(x.size(), y.size());
    return c != 0 ? c : a.compareTo(b);
  }

  private static int compareChunk(String a, String b) {
    boolean da = Character.isDigit(a.charAt(0));
    boolean db = Character.isDigit(b.charAt(0));
    if (da && db) {
      // Leading zeros aside, a longer run of digits is a bigger number; no overflow on long runs.
      String sa = a.replaceFirst("^0+(?=.)", "");
      String sb = b.replaceFirst("^0+(?=.)", "");
      return sa.length() != sb.length() ? Integer.compare(sa.length(), sb.length()) : sa.compareTo(sb);
    }
    if (da != db) {
      return da ? -1 : 1;
    }
    return a.compareTo(b);
  }

  /** Runs of digits and runs of anything else; dots and dashes separate and are dropped. */
  private static List<String> chunks(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean sep = c == '.' || c == '-' || c == '_';
      if (sep || (cur.length() > 0 && Character.isDigit(c) != Character.isDigit(cur.charAt(0)))) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      }
      if (!sep) {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
