package io.seqtrace.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.diff.WorkflowDiff;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Matching the common head first gives exactly what the diff engine gives. */
class PrefixDiffTest {
  private static final String[] PARTICIPANTS = {"nova_api", "nova_conductor", "nova_compute"};
  private static final String[] METHODS = {"a", "b", "c", "d"};
  private static final StepKind[] KINDS = {StepKind.CAST, StepKind.CALL, StepKind.DB, StepKind.NOTE};

  @Test
  void sameAsWorkflowDiffOnRandomSequences() {
    Random random = new Random(13); // fixed seed: the same 2,000 cases every run
    for (int n = 0; n < 2000; n++) {
      List<Message> before = sequence(random, random.nextInt(12));
      List<Message> after = new ArrayList<>(before.subList(0, random.nextInt(before.size() + 1)));
      after.addAll(sequence(random, random.nextInt(8)));
      assertEquals(WorkflowDiff.compare("op", before, after), PrefixDiff.compare("op", before, after),
          before + " / " + after);
      List<Message> shifted = before.stream().map(m -> withLine(m, random)).toList();
      assertEquals(WorkflowDiff.compare("op", before, shifted), PrefixDiff.compare("op", before, shifted));
    }
  }

  private static List<Message> sequence(Random random, int length) {
    List<Message> out = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      String method = METHODS[random.nextInt(METHODS.length)];
      StepKind kind = KINDS[random.nextInt(KINDS.length)];
      out.add(new Message(PARTICIPANTS[random.nextInt(2)], PARTICIPANTS[1 + random.nextInt(2)], Arrow.SOLID,
          Activation.NONE, random.nextBoolean() ? method : method + "()", kind, random.nextInt(5) == 0 ? "" : method,
          Optional.of(new SourceAnchor("nova/x.py", 1 + random.nextInt(3), "F." + method)), Origin.DERIVED, 0));
    }
    return out;
  }

  private static Message withLine(Message m, Random random) {
    SourceAnchor a = m.anchor().orElseThrow();
    return new Message(m.from(), m.to(), m.arrow(), m.activation(), m.label(), m.kind(), m.method(),
        Optional.of(new SourceAnchor(a.path(), a.line() + random.nextInt(3), a.function())), m.origin(), 0);
  }
}
