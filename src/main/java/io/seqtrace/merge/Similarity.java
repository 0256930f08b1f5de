package io.seqtrace.merge;

import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Scores how likely a hand-written step and a derived step are the same hop; 0 means they cannot be.
 *
 * <p>Weights: the same lifelines give 1, so prose labels still align by order; a label naming the
 * derived method adds up to 4; an anchor comment naming the derived function adds up to 3. Two
 * labels that both name methods, and different ones, never match: that is how a removed RPC shows.
 * A derived NOTIFY or NOTE step matches a note over its participant that has its words.
 */
final class Similarity {
  /** Step kinds whose label is the name of the method called. */
  private static final Set<StepKind> CALLS = EnumSet.of(StepKind.CAST, StepKind.CALL, StepKind.FANOUT, StepKind.INVOKE);
  /** Share of a derived note's words a hand-written note must have. */
  private static final double NOTE_WORDS = 0.75;

  private Similarity() {}

  static double score(HandStep hand, Message derived) {
    if (derived.from().equals(derived.to())) {
      return selfStep(hand, derived);
    }
    if (hand.isNote() || !sameLifelines(hand, derived)) {
      return 0;
    }
    double score = 1;
    if (hand.from().equals(derived.from()) && hand.to().equals(derived.to())) {
      score += 0.25;
    }
    double label = Labels.labelSimilarity(hand.text(), derived.label(), derived.method());
    if (label >= Labels.SAME_NAME) {
      score += 4 * label;
    } else if (Labels.methodName(hand.text()).isPresent() && CALLS.contains(derived.kind())) {
      return 0;
    }
    if (hand.reply() == (derived.kind() == StepKind.REPLY)) {
      score += 0.5;
    }
    return score + anchor(hand.anchor(), derived);
  }

  private static double selfStep(HandStep hand, Message derived) {
    if (!hand.from().equals(hand.to()) || !same(hand.from(), derived.from())) {
      return 0;
    }
    double words = Labels.containment(hand.text(), derived.label());
    return words < NOTE_WORDS ? 0 : 2 + 2 * words + anchor(hand.anchor(), derived);
  }

  private static boolean sameLifelines(HandStep hand, Message derived) {
    return same(hand.from(), derived.from()) && same(hand.to(), derived.to());
  }

  private static boolean same(String a, String b) {
    return Lifelines.same(a, b);
  }

  /** Scripts anchor a block at the file and function doing the work; compare file and short function name. */
  private static double anchor(Optional<SourceAnchor> handAnchor, Message derived) {
    if (handAnchor.isEmpty() || derived.anchor().isEmpty()) {
      return 0;
    }
    SourceAnchor hand = handAnchor.get();
    SourceAnchor code = derived.anchor().get();
    String function = lastComponent(hand.function());
    boolean sameFunction = !function.isEmpty()
        && (function.equals(lastComponent(code.function())) || function.equals(derived.method()));
    boolean samePath = samePath(hand.path(), code.path());
    if (sameFunction) {
      return samePath ? 3 : 2;
    }
    return samePath ? (function.isEmpty() ? 1 : 0.5) : 0;
  }

  static String lastComponent(String function) {
    return function.substring(function.lastIndexOf('.') + 1);
  }

  private static boolean samePath(String a, String b) {
    return a.equals(b) || a.endsWith("/" + b) || b.endsWith("/" + a);
  }
}
