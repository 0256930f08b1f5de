package io.seqtrace.merge;

import io.seqtrace.merge.StaleLines.StaleLine;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Flattened;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where stale lines show in a merged script: a stale message is drawn red, and every stale line
 * gets a red note with its reason right after the element on that line (after the last element
 * before it when the line holds none, such as a participant declaration, or at the start). A line
 * that only marks where something is missing gets its note just before it, and is not drawn red.
 */
final class StaleMarks {
  private final Set<Integer> messages;
  private final Map<Integer, List<Element>> after;
  private final List<Element> atStart;

  private StaleMarks(Set<Integer> messages, Map<Integer, List<Element>> after, List<Element> atStart) {
    this.messages = messages;
    this.after = after;
    this.atStart = atStart;
  }

  static StaleMarks of(Diagram script, List<StaleLine> stale) {
    List<Element> flat = Flattened.elements(script.elements()).stream().filter(e -> e.line() > 0).toList();
    Set<Integer> messages = new HashSet<>();
    Map<Integer, List<Element>> after = new TreeMap<>();
    List<Element> atStart = new ArrayList<>();
    for (StaleLine s : stale) {
      int upTo = s.wrong() ? s.line() : s.line() - 1;
      Optional<Element> target = flat.stream().filter(e -> e.line() <= upTo)
          .reduce((a, b) -> b.line() >= a.line() ? b : a);
      if (s.wrong() && target.isPresent() && target.get().line() == s.line() && target.get() instanceof Message) {
        messages.add(s.line());
      }
      Optional<String> who = participant(script, flat, target);
      if (who.isEmpty()) {
        continue;
      }
      Note note = new Note(NotePosition.OVER, List.of(who.get()), s.reason(), false, Optional.empty(), Origin.STALE, 0);
      if (target.isPresent()) {
        after.computeIfAbsent(target.get().line(), k -> new ArrayList<>()).add(note);
      } else {
        atStart.add(note);
      }
    }
    return new StaleMarks(Set.copyOf(messages), after, List.copyOf(atStart));
  }

  /** Over the stale message's sender, a note's participant, else the sender of the next message. */
  private static Optional<String> participant(Diagram script, List<Element> flat, Optional<Element> target) {
    if (target.isPresent() && target.get() instanceof Message m) {
      return Optional.of(m.from());
    }
    if (target.isPresent() && target.get() instanceof Note n && !n.participants().isEmpty()) {
      return Optional.of(n.participants().get(0));
    }
    int from = target.map(Element::line).orElse(0);
    return flat.stream().filter(e -> e instanceof Message && e.line() > from).map(e -> ((Message) e).from()).findFirst()
        .or(() -> script.allParticipants().stream().map(p -> p.name()).findFirst());
  }

  boolean staleMessage(Element e) {
    return e instanceof Message && e.line() > 0 && messages.contains(e.line());
  }

  /** Reason notes to draw after the hand-written element {@code e}. */
  List<Element> after(Element e) {
    return e.line() > 0 ? after.getOrDefault(e.line(), List.of()) : List.of();
  }

  List<Element> atStart() {
    return atStart;
  }
}
