package io.seqtrace.history;

import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.StepChange;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Participant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader of a release timeline wants first about one step of it: RPCs added, removed and
 * renamed, casts that became calls (or back), hops that moved to another service, participants
 * that joined or left, and how many other steps changed. Renames, kind changes and moves are
 * named for hops only (requests, RPCs, calls into drivers and other services).
 *
 * @param rpcsAdded methods of RPCs only at the newer release
 * @param rpcsRemoved methods of RPCs only at the older release
 * @param renamed {@code old -> new} for RPCs and requests renamed between the same participants
 * @param kindChanged {@code method: cast -> call} and the like
 * @param moved {@code method: a -> b => c -> d} for hops now between other participants
 * @param participantsAdded participants only at the newer release
 * @param participantsRemoved participants only at the older release
 * @param otherSteps added, removed or changed steps not counted above (writes, notes, anchors)
 */
public record ChangeSummary(List<String> rpcsAdded, List<String> rpcsRemoved, List<String> renamed,
    List<String> kindChanged, List<String> moved, List<String> participantsAdded,
    List<String> participantsRemoved, int otherSteps) {
  private static final Set<StepKind> RPC = EnumSet.of(StepKind.CAST, StepKind.CALL, StepKind.FANOUT);

  public ChangeSummary {
    rpcsAdded = List.copyOf(rpcsAdded);
    rpcsRemoved = List.copyOf(rpcsRemoved);
    renamed = List.copyOf(renamed);
    kindChanged = List.copyOf(kindChanged);
    moved = List.copyOf(moved);
    participantsAdded = List.copyOf(participantsAdded);
    participantsRemoved = List.copyOf(participantsRemoved);
  }

  /** Summarises {@code diff} between the diagrams {@code before} and {@code after}. */
  public static ChangeSummary of(OperationDiff diff, Diagram before, Diagram after) {
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<String> renamed = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    int other = 0;
    for (Message m : diff.added()) {
      if (RPC.contains(m.kind())) {
        added.add(name(m));
      } else {
        other++;
      }
    }
    for (Message m : diff.removed()) {
      if (RPC.contains(m.kind())) {
        removed.add(name(m));
      } else {
        other++;
      }
    }
    for (StepChange c : diff.changed()) {
      Message a = c.before();
      Message b = c.after();
      if (!OperationHistory.HOP_KINDS.contains(a.kind()) || !OperationHistory.HOP_KINDS.contains(b.kind())) {
        other++; // a write or note that changed: counted, not named
        continue;
      }
      boolean counted = false;
      if (!name(a).equals(name(b))) {
        renamed.add(name(a) + " -> " + name(b));
        counted = true;
      }
      if (a.kind() != b.kind()) {
        kinds.add(name(b) + ": " + a.kind().jsonName() + " -> " + b.kind().jsonName());
        counted = true;
      }
      if (!a.from().equals(b.from()) || !a.to().equals(b.to())) {
        moved.add(name(b) + ": " + a.from() + " -> " + a.to() + " => " + b.from() + " -> " + b.to());
        counted = true;
      }
      if (!counted) {
        other++; // only the label or the source anchor moved
      }
    }
    Set<String> then = names(before);
    Set<String> now = names(after);
    return new ChangeSummary(added, removed, renamed, kinds, moved,
        now.stream().filter(p -> !then.contains(p)).toList(), then.stream().filter(p -> !now.contains(p)).toList(),
        other);
  }

  private static Set<String> names(Diagram d) {
    Set<String> out = new LinkedHashSet<>();
    for (Participant p : d.participants()) {
      out.add(p.name());
    }
    return out;
  }

  static String name(Message m) {
    return io.seqtrace.diff.Steps.name(m); // the diff's own notion, so both align steps alike
  }

  /** True when nothing changed. */
  public boolean empty() {
    return rpcsAdded.isEmpty() && rpcsRemoved.isEmpty() && renamed.isEmpty() && kindChanged.isEmpty()
        && moved.isEmpty() && participantsAdded.isEmpty() && participantsRemoved.isEmpty() && otherSteps == 0;
  }

  /** One line, most telling parts first: {@code RPCs added: a, b; renamed: x -> y; 3 other steps}. */
  public String text() {
    if (empty()) {
      return "no change";
    }
    List<String> parts = new ArrayList<>();
    part(parts, "RPCs added", rpcsAdded);
    part(parts, "RPCs removed", rpcsRemoved);
    part(parts, "renamed", renamed);
    part(parts, "kind changed", kindChanged);
    part(parts, "moved", moved);
    part(parts, "participants joined", participantsAdded);
    part(parts, "participants left", participantsRemoved);
    if (otherSteps > 0) {
      parts.add(otherSteps + (otherSteps == 1 ? " other step" : " other steps"));
    }
    return String.join("; ", parts);
  }

  /** Repeats (the same RPC on several branches) are written once, with a count: {@code a (2x)}. */
  private static void part(List<String> parts, String label, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    items.forEach(i -> counts.merge(i, 1, Integer::sum));
    List<String> shown = new ArrayList<>();
    counts.forEach((item, n) -> shown.add(n == 1 ? item : item + " (" + n + "x)"));
    parts.add(label + ": " + String.join(", ", shown));
  }
}
