package io.seqtrace.merge;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.Origin;
import java.util.ArrayList;
import java.util.List;

/** Rebuilds a script body with derived elements inserted and stale lines marked, every hand-written element kept in place. */
final class Splicer {
  private final Insertions insertions;
  private final StaleMarks stale;

  private Splicer(Insertions insertions, StaleMarks stale) {
    this.insertions = insertions;
    this.stale = stale;
  }

  static List<Element> splice(Diagram script, Insertions insertions, StaleMarks stale) {
    List<Element> spliced = new Splicer(insertions, stale).rebuild(script.elements(), List.of());
    // The start of the body is before the first drawn element, after the title, comments and declarations.
    int start = 0;
    while (start < spliced.size() && !drawn(spliced.get(start))) {
      start++;
    }
    List<Element> result = new ArrayList<>(spliced.subList(0, start));
    result.addAll(stale.atStart());
    result.addAll(insertions.atStart());
    result.addAll(spliced.subList(start, spliced.size()));
    return List.copyOf(result);
  }

  private List<Element> rebuild(List<Element> body, List<Integer> prefix) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      List<Integer> path = Paths.child(prefix, i);
      Element e = body.get(i);
      if (e instanceof Fragment f) {
        List<Branch> branches = new ArrayList<>();
        for (int b = 0; b < f.branches().size(); b++) {
          Branch branch = f.branches().get(b);
          branches.add(new Branch(branch.guard(), rebuild(branch.elements(), Paths.child(path, b)), branch.line()));
        }
        e = new Fragment(f.kind(), branches, f.origin(), f.line(), f.endLine());
      } else if (e instanceof Message m && stale.staleMessage(m)) {
        e = m.withOrigin(Origin.STALE);
      }
      out.add(e);
      out.addAll(stale.after(body.get(i)));
      out.addAll(insertions.after().getOrDefault(path, List.of()));
    }
    return out;
  }

  private static boolean drawn(Element e) {
    return e instanceof Message || e instanceof Note || e instanceof Activate || e instanceof Fragment || e instanceof Destroy;
  }
}
