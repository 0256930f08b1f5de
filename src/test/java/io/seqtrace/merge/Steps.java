package io.seqtrace.merge;

import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.Optional;
import java.util.Set;

/** Builds derived steps the way the tracer does, and fake code facts. */
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

  /** Code that has exactly these functions, and every path. */
  static CodeFacts functions(String... names) {
    Set<String> known = Set.of(names);
    return new CodeFacts() {
      @Override
      public boolean functionExists(String simpleName) {
        return known.contains(simpleName);
      }

      @Override
      public boolean pathExists(String path) {
        return true;
      }
    };
  }
}
