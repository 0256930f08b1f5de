package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.StepKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hand-written note or message already says what a derived step would add:
 * {@code note over nova_api: record pause action} states {@code nova_api->database:
 * InstanceAction.action_start()}, {@code policy, lock and cell checks} states {@code check policy}.
 *
 * <p>The caller only asks about hand-written steps at the same place: between the hand-written
 * steps that the neighbouring derived steps aligned with (a source anchor says less: a script
 * anchors a block at the controller, the code checks in {@code compute/api.py}). Both must be about
 * the same participant (a note over the derived step's sender, or a message between the same
 * lifelines) and share at least half of the derived step's words (stems, camelCase and snake_case split, initialisms
 * such as {@code bdm} spelled out by the hand-written words). Only database writes, checks and
 * notifications can be stated in prose; a derived check note also counts as stated by a
 * hand-written note that sums up checks ({@code ... checks}).
 */
final class Restatement {
  /** Words that say nothing about what a step does. */
  private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "is",
      "are", "by", "with", "from", "at", "as", "be", "it", "its", "this", "that", "if", "get", "set", "do", "call",
      "notify", "return", "done", "check", "instance", "server", "none", "self", "obj", "objects");
  private static final double SHARE = 0.5;
  /** Derived steps that prose can state: database writes, checks and notifications. */
  private static final Set<StepKind> STATABLE = EnumSet.of(StepKind.DB, StepKind.NOTE, StepKind.NOTIFY);

  private Restatement() {}

  /** True when one of {@code candidates} states {@code derived} already. */
  static boolean stated(Element derived, List<HandStep> candidates) {
    return candidates.stream().anyMatch(hand -> states(hand, derived));
  }

  static boolean states(HandStep hand, Element derived) {
    String from;
    String to;
    String text;
    boolean check;
    if (derived instanceof Message m && !STATABLE.contains(m.kind())) {
      // A call names a method: a different name is a different call, which the alignment decides.
      return false;
    } else if (derived instanceof Message m) {
      from = m.from();
      to = m.to();
      text = m.label();
      check = m.kind() == StepKind.NOTE;
    } else if (derived instanceof Note n && n.participants().size() == 1) {
      from = n.participants().get(0);
      to = from;
      text = n.text();
      check = true;
    } else {
      return false;
    }
    boolean sameParticipants = hand.isNote()
        ? same(hand.from(), from)
        : !from.equals(to) && same(hand.from(), from) && same(hand.to(), to);
    if (!sameParticipants) {
      return false;
    }
    List<String> wanted = words(text);
    Set<String> have = new LinkedHashSet<>(words(hand.text()));
    if (wanted.isEmpty() || have.isEmpty()) {
      return false;
    }
    long shared = wanted.stream().filter(w -> have.contains(w) || spelledOut(w, hand.text())).count();
    if (shared >= SHARE * wanted.size()) {
      return true;
    }
    // "policy, lock and cell checks" sums up every check the code makes there.
    return check && hand.isNote() && text.strip().toLowerCase(Locale.ROOT).startsWith("check")
        && summarisesChecks(hand.text());
  }

  private static boolean same(String a, String b) {
    return Lifelines.same(a, b);
  }

  /** Significant words, distinct, in order: camelCase and snake_case split, lower case, plural {@code s} dropped. */
  static List<String> words(String text) {
    String split = text.replace("\\n", " ").replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String w : split.split("[^a-z0-9]+")) {
      String stem = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
      if (!stem.isEmpty() && !STOP.contains(stem) && !stem.chars().allMatch(Character::isDigit)) {
        words.add(stem);
      }
    }
    return new ArrayList<>(words);
  }

  private static boolean summarisesChecks(String text) {
    return Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z]+")).contains("checks");
  }

  /** {@code bdm} is spelled out by {@code block device mapping}: the initials of consecutive words. */
  private static boolean spelledOut(String initialism, String text) {
    if (initialism.length() < 2 || initialism.length() > 5) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    return initials.indexOf(initialism) >= 0;
  }
}
