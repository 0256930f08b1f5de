package io.seqtrace.history;

import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.StepChange;
import io.seqtrace.diff.Steps;
import io.seqtrace.history.ReleaseState.Status;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One operation across releases: its state at each release, how it changed from each traced
 * release to the next, and each hop's first and last release.
 *
 * @param operation the operation name as asked for
 * @param releases its state at every release, in version order
 * @param changes one entry per consecutive pair of traced releases (unchanged pairs included)
 * @param hops every hop seen, in order of first appearance
 * @param hopChanges hops that changed kind or target, in release order
 */
public record OperationHistory(String operation, List<ReleaseState> releases, List<ReleaseChange> changes,
    List<Hop> hops, List<HopChange> hopChanges) {
  /** The steps a history follows hop by hop: requests, RPCs and calls into drivers and other services. */
  static final Set<StepKind> HOP_KINDS =
      EnumSet.of(StepKind.REQUEST, StepKind.CAST, StepKind.CALL, StepKind.FANOUT, StepKind.INVOKE);
  private static final Set<StepKind> RPC = EnumSet.of(StepKind.CAST, StepKind.CALL, StepKind.FANOUT);

  public OperationHistory {
    Objects.requireNonNull(operation, "operation");
    releases = List.copyOf(releases);
    changes = List.copyOf(changes);
    hops = List.copyOf(hops);
    hopChanges = List.copyOf(hopChanges);
  }

  /** Judges each release's trace, diffs consecutive traced releases and follows every hop. */
  public static OperationHistory of(String operation, List<ReleaseTrace> traces) {
    // A release whose trace reaches no other service, while another release's does, lost the thread.
    boolean anyRpc = traces.stream().anyMatch(t -> t.diagram().map(OperationHistory::hasRpc).orElse(false));
    List<ReleaseState> states = new ArrayList<>();
    for (ReleaseTrace t : traces) {
      Status status = t.diagram().isEmpty() ? Status.ABSENT
          : anyRpc && !hasRpc(t.diagram().get()) ? Status.UNTRACEABLE : Status.TRACED;
      states.add(new ReleaseState(t.ref(), t.commit(), status,
          t.diagram().orElse(new Diagram(operation, List.of(), List.of())), t.unresolved()));
    }
    List<ReleaseState> traced = states.stream().filter(s -> s.status() == Status.TRACED).toList();
    List<List<Message>> steps = traced.stream().map(s -> Steps.of(s.diagram())).toList();
    Map<String, String[]> hopRange = new LinkedHashMap<>();
    Map<String, Message> hopStep = new LinkedHashMap<>();
    for (int i = 0; i < traced.size(); i++) {
      String ref = traced.get(i).ref();
      for (Message m : steps.get(i)) {
        if (HOP_KINDS.contains(m.kind())) {
          String key = hopKey(m);
          hopStep.putIfAbsent(key, m);
          hopRange.computeIfAbsent(key, k -> new String[] {ref, ref})[1] = ref;
        }
      }
    }
    // Each pair of consecutive traced releases is diffed on its own, so pairs can go in parallel (order kept).
    List<ReleaseChange> changes = IntStream.range(1, traced.size()).parallel().mapToObj(i -> {
      ReleaseState a = traced.get(i - 1);
      ReleaseState b = traced.get(i);
      OperationDiff diff = PrefixDiff.compare(operation, steps.get(i - 1), steps.get(i));
      return new ReleaseChange(a.ref(), b.ref(), diff, ChangeSummary.of(diff, a.diagram(), b.diagram()));
    }).toList();
    Map<String, Hop> hops = new LinkedHashMap<>();
    hopStep.forEach((key, m) -> hops.put(key, hop(m, hopRange.get(key))));
    List<HopChange> hopChanges = new ArrayList<>();
    for (ReleaseChange c : changes) {
      for (StepChange sc : c.diff().changed()) {
        Message a = sc.before();
        Message b = sc.after();
        boolean kindOrTarget = a.kind() != b.kind() || !a.from().equals(b.from()) || !a.to().equals(b.to());
        if (kindOrTarget && HOP_KINDS.contains(a.kind()) && HOP_KINDS.contains(b.kind())) {
          hopChanges.add(new HopChange(c.toRef(), hops.get(hopKey(a)), hops.get(hopKey(b))));
        }
      }
    }
    return new OperationHistory(operation, states, changes, List.copyOf(hops.values()), hopChanges);
  }

  private static boolean hasRpc(Diagram d) {
    return Steps.of(d).stream().anyMatch(m -> RPC.contains(m.kind()));
  }

  private static String hopKey(Message m) {
    return m.from() + "\u0000" + m.to() + "\u0000" + ChangeSummary.name(m) + "\u0000" + m.kind().jsonName();
  }

  private static Hop hop(Message m, String[] range) {
    return new Hop(m.from(), m.to(), ChangeSummary.name(m), m.kind().jsonName(), range[0], range[1]);
  }

  /** The releases where the API has the operation, traced or not. */
  public List<String> present() {
    return releases.stream().filter(ReleaseState::present).map(ReleaseState::ref).toList();
  }

  /** The releases where the API does not have the operation. */
  public List<String> absent() {
    return refsWith(Status.ABSENT);
  }

  /** The releases where the operation is in the API but the tracer could not follow it. */
  public List<String> untraceable() {
    return refsWith(Status.UNTRACEABLE);
  }

  private List<String> refsWith(Status status) {
    return releases.stream().filter(r -> r.status() == status).map(ReleaseState::ref).toList();
  }
}
