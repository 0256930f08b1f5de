package io.seqtrace.merge;

import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.Optional;
import java.util.List;

/** Builds derived steps the way the tracer does, and fake staleness checks. */
final class Steps {
  private Steps() {}

  static Message step(StepKind kind, String from, String to, String label, String path, String function) {
    String method = switch (kind) {
      case CAST, CALL, FANOUT, INVOKE -> label;
      default -> "";
    };
    return new Message(from, to, Arrow.SOLID, Activation.NONE, label, kind, method,
        Optional.of(new SourceAnchor(path, 10, function)), Origin.DERIVED, 0);
  }

  static Message self(StepKind kind, String who, String label, String path, String function) {
    return step(kind, who, who, label, path, function);
  }

  /** A staleness check that finds nothing. */
  static StaleLines functions(String... ignored) {
    return StaleLines.none();
  }

  /** A staleness check that finds exactly these lines wrong. */
  static StaleLines staleAt(StaleLines.StaleLine... lines) {
    return (script, derived) -> List.of(lines);
  }
}
