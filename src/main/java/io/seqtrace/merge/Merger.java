package io.seqtrace.merge;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.wsd.WsdAnchors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a diagram derived from the code into a hand-written script: every hand-written element
 * stays as written and where it was, derived steps the script lacks are inserted as
 * {@code Origin.DERIVED}, and messages naming methods the code no longer has become {@code Origin.STALE}.
 *
 * <p>Derived steps are aligned with the script's messages and single-participant notes in order
 * (see {@link Similarity} for what counts as alike); the alignment never crosses, so the prose most
 * scripts use still lines up by lifelines and position.
 */
public final class Merger {

  /** Merges {@code derived} into {@code script}; {@code facts} answers whether unmatched names still exist. */
  public MergeResult merge(Diagram script, Diagram derived, CodeFacts facts) {
    List<HandStep> hand = HandSteps.of(script.elements());
    List<Message> steps = DerivedSteps.of(derived.elements());
    int[] handOf = Alignment.align(hand.size(), steps.size(), (h, d) -> Similarity.score(hand.get(h), steps.get(d)));
    Renames renames = Renames.of(script, derived);
    Insertions insertions = Insertions.plan(derived.elements(), hand, handOf, renames);

    List<String> notes = new ArrayList<>();
    renames.map().forEach((from, to) -> notes.add("derived lifeline " + from + " drawn as " + to));
    missingPaths(script.elements(), facts, notes);
    Set<Integer> matched = new HashSet<>();
    for (int h : handOf) {
      if (h >= 0) {
        matched.add(h);
      }
    }
    Set<List<Integer>> stale = new HashSet<>();
    for (int h = 0; h < hand.size(); h++) {
      HandStep step = hand.get(h);
      if (matched.contains(h)) {
        continue;
      }
      Staleness.missingMethod(step, facts).ifPresent(name -> {
        stale.add(step.path());
        notes.add(where(step) + "stale: " + name + " matches no derived step and is no function in the code");
      });
    }
    List<Element> body = Splicer.splice(script.elements(), insertions, stale);
    Diagram merged = new Diagram(script.title(), script.participants(), body);
    return new MergeResult(merged, count(script.elements()), insertions.added(), matched.size(), stale.size(), notes);
  }

  /** Anchor comments naming files the code no longer has are worth a note, not a change. */
  private static void missingPaths(List<Element> body, CodeFacts facts, List<String> notes) {
    for (Element e : body) {
      if (e instanceof Element.Comment c && c.anchor().isPresent() && !facts.pathExists(c.anchor().get().path())) {
        SourceAnchor a = c.anchor().get();
        notes.add("line " + c.line() + ": anchor " + WsdAnchors.format(a) + " names a file the code does not have");
      } else if (e instanceof Fragment f) {
        f.branches().forEach(b -> missingPaths(b.elements(), facts, notes));
      }
    }
  }

  private static String where(HandStep step) {
    Message m = (Message) step.element();
    return "line " + m.line() + ": " + m.from() + "->" + m.to() + ": " + m.label() + ": ";
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
