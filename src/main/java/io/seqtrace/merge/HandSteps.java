package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists a script's alignable elements in reading order, fragments flattened, each with the anchor
 * comment in force and whether it is a reply.
 *
 * <p>Scripts draw replies as plain arrows, so a message counts as a reply when it goes back to a
 * participant that sent its sender a message still unanswered (a per-participant stack of callers).
 */
final class HandSteps {
  private final List<HandStep> steps = new ArrayList<>();
  private final Map<String, Deque<String>> callers = new HashMap<>();
  private Optional<SourceAnchor> anchor = Optional.empty();

  private HandSteps() {}

  static List<HandStep> of(List<Element> body) {
    HandSteps walker = new HandSteps();
    walker.walk(body, List.of());
    return List.copyOf(walker.steps);
  }

  private void walk(List<Element> body, List<Integer> prefix) {
    for (int i = 0; i < body.size(); i++) {
      List<Integer> path = Paths.child(prefix, i);
      Element e = body.get(i);
      if (e instanceof Comment c && c.anchor().isPresent()) {
        anchor = c.anchor();
      } else if (e instanceof Message m) {
        steps.add(new HandStep(path, m, anchor, isReply(m)));
      } else if (e instanceof Note n && n.position() == NotePosition.OVER && n.participants().size() == 1) {
        steps.add(new HandStep(path, n, anchor, false));
      } else if (e instanceof Fragment f) {
        for (int b = 0; b < f.branches().size(); b++) {
          walk(f.branches().get(b).elements(), Paths.child(path, b));
        }
      }
    }
  }

  private boolean isReply(Message m) {
    if (m.from().equals(m.to())) {
      return false;
    }
    Deque<String> mine = callers.computeIfAbsent(m.from(), k -> new ArrayDeque<>());
    if (mine.remove(m.to())) {
      return true;
    }
    callers.computeIfAbsent(m.to(), k -> new ArrayDeque<>()).push(m.from());
    return false;
  }
}
