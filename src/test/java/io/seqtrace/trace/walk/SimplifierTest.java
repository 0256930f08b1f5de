package io.seqtrace.trace.walk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Simplifier} on hand-built bodies: identical branches merged under one guard, fragments
 * without a message dropped, steps common to every branch hoisted, activations balanced. Bodies
 * are compared in a one-line form: {@code a>b:m} a message, {@code +p}/{@code -p} activations,
 * {@code alt[guard: ...|guard: ...]} a fragment.
 */
class SimplifierTest {

  private static Message msg(String label) {
    return new Message("a", "b", Element.Arrow.SOLID, Element.Activation.NONE, label, Element.StepKind.INVOKE,
        label, Optional.empty(), Origin.DERIVED, 0);
  }

  private static Activate on(String p) {
    return new Activate(p, true, Origin.DERIVED, 0);
  }

  private static Activate off(String p) {
    return new Activate(p, false, Origin.DERIVED, 0);
  }

  private static Branch branch(String guard, Element... elements) {
    return new Branch(guard, List.of(elements), 0);
  }

  private static Fragment frag(String kind, Branch... branches) {
    return new Fragment(kind, List.of(branches), Origin.DERIVED, 0, 0);
  }

  private static String show(List<Element> elements) {
    return elements.stream().map(SimplifierTest::show).collect(Collectors.joining(" "));
  }

  private static String show(Element e) {
    if (e instanceof Message m) {
      return m.from() + ">" + m.to() + ":" + m.label();
    }
    if (e instanceof Activate a) {
      return (a.activate() ? "+" : "-") + a.participant();
    }
    if (e instanceof Fragment f) {
      return f.kind() + "[" + f.branches().stream().map(b -> b.guard() + ": " + show(b.elements()))
          .collect(Collectors.joining("|")) + "]";
    }
    return e.toString();
  }

  private static String simplified(Element... body) {
    return show(Simplifier.simplify(List.of(body)));
  }

  @Test
  void identicalBranchesAreMergedWithTheirGuardsJoinedByOr() {
    assertEquals("alt[soft or paused: a>b:reboot|else: a>b:power_off a>b:power_on]",
        simplified(frag("alt", branch("soft", msg("reboot")), branch("paused", msg("reboot")),
            branch("else", msg("power_off"), msg("power_on")))));
  }

  @Test
  void identicalBranchesWithoutElseBecomeOneOpt() {
    assertEquals("opt[soft or paused: a>b:reboot]",
        simplified(frag("alt", branch("soft", msg("reboot")), branch("paused", msg("reboot")))));
  }

  @Test
  void everyWayThroughTheSameIsNoFragment() {
    assertEquals("a>b:before a>b:reboot a>b:after",
        simplified(msg("before"), frag("alt", branch("soft", msg("reboot")), branch("else", msg("reboot"))),
            msg("after")));
  }

  @Test
  void fragmentWithoutAMessageIsDropped() {
    assertEquals("a>b:before a>b:after",
        simplified(msg("before"), frag("alt", branch("x", on("p"), off("p")), branch("else")), msg("after")));
    assertEquals("a>b:before", simplified(msg("before"), frag("opt", branch("x", frag("loop", branch("y"))))));
  }

  @Test
  void commonStepsOfAnExhaustiveAltAreHoisted() {
    assertEquals("a>b:notify alt[error: a>b:destroy|else: a>b:power_off] a>b:save a>b:end",
        simplified(frag("alt",
            branch("error", msg("notify"), msg("destroy"), msg("save"), msg("end")),
            branch("else", msg("notify"), msg("power_off"), msg("save"), msg("end")))));
  }

  @Test
  void hoistingThatEmptiesABranchLeavesAnOpt() {
    assertEquals("a>b:notify opt[error: a>b:destroy]",
        simplified(frag("alt", branch("error", msg("notify"), msg("destroy")), branch("else", msg("notify")))));
  }

  @Test
  void nothingIsHoistedOutOfAnAltWithoutElse() {
    // Without else some way through runs neither branch: the common step is not always taken.
    assertEquals("alt[x: a>b:notify a>b:destroy|y: a>b:notify a>b:power_off]",
        simplified(frag("alt", branch("x", msg("notify"), msg("destroy")), branch("y", msg("notify"), msg("power_off")))));
  }

  @Test
  void aHoistedRunNeverSplitsAnActivation() {
    assertEquals("alt[x: +p a>b:same a>b:one -p|else: +p a>b:same a>b:two -p]",
        simplified(frag("alt",
            branch("x", on("p"), msg("same"), msg("one"), off("p")),
            branch("else", on("p"), msg("same"), msg("two"), off("p")))));
  }

  @Test
  void activationOfAnActiveLifelineIsDroppedWithItsEnd() {
    assertEquals("+p a>b:one a>b:two -p", simplified(on("p"), msg("one"), on("p"), msg("two"), off("p"), off("p")));
  }

  @Test
  void unbalancedActivationsAreRepaired() {
    assertEquals("a>b:one", simplified(off("p"), msg("one")));
    assertEquals("+p a>b:one -p", simplified(on("p"), msg("one")));
    assertEquals("a>b:one", simplified(on("p"), off("p"), msg("one")));
    // A bar ended and started again with nothing between is one bar.
    assertEquals("+p a>b:one a>b:two -p", simplified(on("p"), msg("one"), off("p"), on("p"), msg("two"), off("p")));
  }

  @Test
  void eachBranchLeavesTheLifelinesAsItFoundThem() {
    // The call's activation opened in a branch is closed there; the handler's bar after it is its own.
    assertEquals("opt[x: a>b:call +p a>b:work -p] +p a>b:handler -p",
        simplified(frag("opt", branch("x", msg("call"), on("p"), msg("work"))), on("p"), msg("handler"), off("p")));
    // A branch that ends a bar opened outside reopens it.
    assertEquals("+p a>b:one opt[x: a>b:two -p +p] a>b:three -p",
        simplified(on("p"), msg("one"), frag("opt", branch("x", msg("two"), off("p"))), msg("three"), off("p")));
  }
}
