package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides where unmatched derived elements go: right after the hand-written element that the
 * nearest earlier matched derived step aligned with (after its reply, when it is a request answered
 * directly; see {@link HandStep#after}), or at the start of the body, in derived order. A derived
 * message or note that a hand-written step between the neighbouring matches already states
 * ({@link Restatement}) is left out.
 *
 * <p>A derived fragment with no matched step inside is inserted whole; one with matched steps is
 * opened and its unmatched steps placed one by one (their guard is lost, the hand-written fragment
 * stays as written). Derived activations are not inserted: they would unbalance the script's own.
 */
final class Insertions {
  private final List<HandStep> hand;
  private final int[] handOf;
  private final Renames renames;
  private final Map<List<Integer>, List<Element>> after = new LinkedHashMap<>();
  private final List<Element> atStart = new ArrayList<>();
  private List<Integer> cursor;
  private int lastMatched = -1;
  private int step;
  private int added;
  private int restated;

  private Insertions(List<HandStep> hand, int[] handOf, Renames renames) {
    this.hand = hand;
    this.handOf = handOf;
    this.renames = renames;
  }

  /**
   * Plans the insertions.
   *
   * @param handOf for each derived step (in {@link DerivedSteps} order), the hand step index it matched, or -1
   */
  static Insertions plan(List<Element> derivedBody, List<HandStep> hand, int[] handOf, Renames renames) {
    Insertions plan = new Insertions(hand, handOf, renames);
    plan.walk(derivedBody);
    return plan;
  }

  /** Elements to insert after the hand-written element at each path. */
  Map<List<Integer>, List<Element>> after() {
    return after;
  }

  /** Elements to insert before the first hand-written drawing element. */
  List<Element> atStart() {
    return atStart;
  }

  /** Derived messages and notes left out because the script states them already. */
  int restated() {
    return restated;
  }

  /** Derived messages inserted, counting those inside inserted fragments. */
  int added() {
    return added;
  }

  private void walk(List<Element> body) {
    for (Element e : body) {
      if (e instanceof Message) {
        int matched = handOf[step++];
        if (matched >= 0) {
          cursor = hand.get(matched).after();
          lastMatched = matched;
        } else if (!restatedByScript(e)) {
          insert(e, 1);
        }
      } else if (e instanceof Fragment f) {
        int size = DerivedSteps.count(f);
        if (anyMatched(step, step + size)) {
          f.branches().forEach(b -> walk(b.elements()));
        } else {
          insert(f, size);
          step += size;
        }
      } else if (e instanceof Note && !restatedByScript(e)) {
        insert(e, 0);
      }
    }
  }

  /** Looks between the hand-written steps that the neighbouring derived steps matched, both included. */
  private boolean restatedByScript(Element e) {
    int next = hand.size() - 1;
    for (int k = step; k < handOf.length; k++) {
      if (handOf[k] >= 0) {
        next = handOf[k];
        break;
      }
    }
    int from = Math.max(0, lastMatched);
    if (from > next) {
      return false;
    }
    if (Restatement.stated(e, hand.subList(from, next + 1))) {
      restated++;
      return true;
    }
    return false;
  }

  private boolean anyMatched(int from, int to) {
    for (int i = from; i < to; i++) {
      if (handOf[i] >= 0) {
        return true;
      }
    }
    return false;
  }

  private void insert(Element e, int messages) {
    Element renamed = renames.apply(e);
    if (cursor == null) {
      atStart.add(renamed);
    } else {
      after.computeIfAbsent(cursor, k -> new ArrayList<>()).add(renamed);
    }
    added += messages;
  }
}
