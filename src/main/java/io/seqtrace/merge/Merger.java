package io.seqtrace.merge;

import io.seqtrace.merge.StaleLines.StaleLine;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a diagram derived from the code into a hand-written script: every hand-written element
 * stays as written and where it was, derived steps the script lacks are inserted as
 * {@code Origin.DERIVED}, and the lines the staleness check finds stale are marked
 * {@code Origin.STALE}, each followed by a note with the reason.
 *
 * <p>Derived steps are aligned with the script's messages and single-participant notes in order
 * (see {@link Similarity} for what counts as alike); the alignment never crosses, so the prose most
 * scripts use still lines up by lifelines and position. Unmatched steps never split a request from
 * its reply, and steps the script already states are left out ({@link Insertions}).
 */
public final class Merger {

  /** Merges {@code derived} into {@code script}; {@code staleLines} says which hand-written lines are stale. */
  public MergeResult merge(Diagram script, Diagram derived, StaleLines staleLines) {
    List<HandStep> hand = HandSteps.of(script.elements());
    List<Message> steps = DerivedSteps.of(derived.elements());
    int[] handOf = Alignment.align(hand.size(), steps.size(), (h, d) -> Similarity.score(hand.get(h), steps.get(d)));
    Renames renames = Renames.of(script, derived);
    Insertions insertions = Insertions.plan(derived.elements(), hand, handOf, renames);

    List<String> notes = new ArrayList<>();
    renames.map().forEach((from, to) -> notes.add("derived lifeline " + from + " drawn as " + to));
    Set<Integer> matched = new HashSet<>();
    for (int h : handOf) {
      if (h >= 0) {
        matched.add(h);
      }
    }
    List<StaleLine> stale = staleLines.find(script, derived);
    stale.forEach(s -> notes.add("line " + s.line() + ": stale: " + s.reason()));
    List<Element> body = Splicer.splice(script, insertions, StaleMarks.of(script, stale));
    Diagram merged = new Diagram(script.title(), script.participants(), body);
    return new MergeResult(merged, count(script.elements()), insertions.added(), matched.size(), stale.size(), notes);
  }

  private static int count(List<Element> body) {
    int n = 0;
    for (Element e : body) {
      n++;
      if (e instanceof Fragment f) {
        n += f.branches().stream().mapToInt(b -> count(b.elements())).sum();
      }
    }
    return n;
  }
}
