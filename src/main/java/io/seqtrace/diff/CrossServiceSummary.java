package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between services in one operation, the signal a reader wants before the detail:
 * RPCs renamed, switched between cast and call, moved to another service, added or removed, and
 * participants that joined or left. Notes, database writes and driver calls are detail.
 */
public final class CrossServiceSummary {
  /** The RPC kinds: messages between services. */
  private static final Set<StepKind> RPC = EnumSet.of(StepKind.CAST, StepKind.CALL, StepKind.FANOUT);

  private CrossServiceSummary() {}

  /** What kind of cross-service change. */
  public enum Kind {
    RPC_RENAMED("rpc renamed"),
    RPC_KIND_CHANGED("rpc kind changed"),
    HOP_MOVED("hop moved"),
    RPC_ADDED("rpc added"),
    RPC_REMOVED("rpc removed"),
    PARTICIPANT_ADDED("participant added"),
    PARTICIPANT_REMOVED("participant removed");

    private final String text;

    Kind(String text) {
      this.text = text;
    }

    /** {@code rpc renamed}; with dashes ({@code rpc-renamed}) in JSON. */
    public String text() {
      return text;
    }
  }

  /**
   * One cross-service change.
   *
   * @param kind what changed
   * @param before the step at the older release, when there is one
   * @param after the step at the newer release, when there is one
   * @param participant the participant that joined or left, empty otherwise
   */
  public record Change(Kind kind, Optional<Message> before, Optional<Message> after, String participant) {
    public Change {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(participant, "participant");
    }

    /** One line: {@code rpc renamed: cast nova_api -> nova_conductor: build_instances => schedule_and_build_instances}. */
    public String text() {
      String head = kind.text() + ": ";
      return switch (kind) {
        case RPC_RENAMED -> head + hop(after.orElseThrow()) + ": " + before.orElseThrow().method() + " => " + after.get().method();
        case RPC_KIND_CHANGED -> head + before.orElseThrow().from() + " -> " + before.get().to() + ": "
            + before.get().method() + ": " + before.get().kind().jsonName() + " => " + after.orElseThrow().kind().jsonName();
        case HOP_MOVED -> head + after.orElseThrow().kind().jsonName() + " " + after.get().method() + ": "
            + before.orElseThrow().from() + " -> " + before.get().to() + " => " + after.get().from() + " -> " + after.get().to();
        case RPC_ADDED -> head + hop(after.orElseThrow()) + ": " + after.get().method();
        case RPC_REMOVED -> head + hop(before.orElseThrow()) + ": " + before.get().method();
        case PARTICIPANT_ADDED, PARTICIPANT_REMOVED -> head + participant;
      };
    }

    private static String hop(Message m) {
      return m.kind().jsonName() + " " + m.from() + " -> " + m.to();
    }
  }

  /** The cross-service changes of {@code diff}: renames and kind changes, moves, additions and removals, then participants. */
  public static List<Change> of(OperationDiff diff) {
    List<Change> changes = new ArrayList<>();
    for (StepChange c : diff.changed()) {
      if (!rpc(c.before()) || !rpc(c.after())) {
        continue;
      }
      if (!c.before().method().equals(c.after().method())) {
        changes.add(new Change(Kind.RPC_RENAMED, Optional.of(c.before()), Optional.of(c.after()), ""));
      } else if (c.before().kind() != c.after().kind()) {
        changes.add(new Change(Kind.RPC_KIND_CHANGED, Optional.of(c.before()), Optional.of(c.after()), ""));
      }
    }
    List<Message> removed = distinct(diff.removed().stream().filter(CrossServiceSummary::rpc).toList());
    List<Message> added = distinct(diff.added().stream().filter(CrossServiceSummary::rpc).toList());
    List<Message> moved = new ArrayList<>();
    for (Message r : removed) {
      added.stream().filter(a -> !moved.contains(a) && a.method().equals(r.method())).findFirst().ifPresent(a -> {
        moved.add(a);
        moved.add(r);
        changes.add(new Change(Kind.HOP_MOVED, Optional.of(r), Optional.of(a), ""));
      });
    }
    added.stream().filter(a -> !moved.contains(a))
        .forEach(a -> changes.add(new Change(Kind.RPC_ADDED, Optional.empty(), Optional.of(a), "")));
    removed.stream().filter(r -> !moved.contains(r))
        .forEach(r -> changes.add(new Change(Kind.RPC_REMOVED, Optional.of(r), Optional.empty(), "")));
    Set<String> before = participants(diff, true);
    Set<String> after = participants(diff, false);
    after.stream().filter(p -> !before.contains(p))
        .forEach(p -> changes.add(new Change(Kind.PARTICIPANT_ADDED, Optional.empty(), Optional.empty(), p)));
    before.stream().filter(p -> !after.contains(p))
        .forEach(p -> changes.add(new Change(Kind.PARTICIPANT_REMOVED, Optional.empty(), Optional.empty(), p)));
    return List.copyOf(changes);
  }

  private static boolean rpc(Message m) {
    return RPC.contains(m.kind()) && !m.from().equals(m.to());
  }

  /** One entry per hop and method: a loop that casts twice is one change. */
  private static List<Message> distinct(List<Message> steps) {
    Set<String> seen = new LinkedHashSet<>();
    List<Message> out = new ArrayList<>();
    for (Message m : steps) {
      if (seen.add(m.kind() + " " + m.from() + " " + m.to() + " " + m.method())) {
        out.add(m);
      }
    }
    return out;
  }

  /** Participants of every step of one side, in order of first appearance. */
  private static Set<String> participants(OperationDiff diff, boolean before) {
    Set<String> names = new LinkedHashSet<>();
    for (AlignedStep row : diff.union()) {
      (before ? row.before() : row.after()).ifPresent(m -> {
        names.add(m.from());
        names.add(m.to());
      });
    }
    return names;
  }
}
