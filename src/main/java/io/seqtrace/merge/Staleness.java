package io.seqtrace.merge;

import io.seqtrace.sequence.Element.Message;
import java.util.Optional;

/**
 * Decides whether an unmatched hand-written message names code that is gone: a message between Nova
 * services or into the hypervisor driver whose whole label is a method name that no derived step
 * matched and that no function in the code has. Prose, replies and database messages never are.
 */
final class Staleness {
  private Staleness() {}

  /** The method name that is gone, when {@code step} (which matched no derived step) is stale. */
  static Optional<String> missingMethod(HandStep step, CodeFacts facts) {
    if (!(step.element() instanceof Message m) || step.reply() || !callsIntoCode(m)) {
      return Optional.empty();
    }
    return Labels.methodName(m.label()).filter(name -> !facts.functionExists(name));
  }

  private static boolean callsIntoCode(Message m) {
    if (Lifelines.isDatabase(m.from()) || Lifelines.isDatabase(m.to())) {
      return false;
    }
    return Lifelines.isHypervisor(m.to()) || (Lifelines.isService(m.from()) && Lifelines.isService(m.to()));
  }
}
