package io.seqtrace.merge;

import java.util.ArrayList;
import java.util.List;

/** Element paths: body index, then branch index and index within it for each enclosing fragment. */
final class Paths {
  private Paths() {}

  static List<Integer> child(List<Integer> parent, int index) {
    List<Integer> path = new ArrayList<>(parent);
    path.add(index);
    return List.copyOf(path);
  }
}
