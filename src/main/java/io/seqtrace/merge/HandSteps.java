package io.seqtrace.merge;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Replies;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists a script's alignable elements in reading order, fragments flattened, each with the anchor
 * comment in force, whether it is a reply (see {@link Replies}), and where derived steps aligned
 * with it may go without splitting a request from its reply.
 */
final class HandSteps {
  private final List<List<Integer>> paths = new ArrayList<>();
  private final List<Element> elements = new ArrayList<>();
  private final List<Optional<SourceAnchor>> anchors = new ArrayList<>();
  /** For each step, its path extended over the notes and the callee's activation that follow it directly. */
  private final List<List<Integer>> ends = new ArrayList<>();
  /** The same for a reply, which may also end its sender's activation. */
  private final List<List<Integer>> replyEnds = new ArrayList<>();
  private Optional<SourceAnchor> anchor = Optional.empty();

  private HandSteps() {}

  static List<HandStep> of(List<Element> body) {
    HandSteps walker = new HandSteps();
    walker.walk(body, List.of());
    return walker.steps();
  }

  private List<HandStep> steps() {
    int n = elements.size();
    List<Integer> messageIndex = new ArrayList<>();
    List<Message> messages = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (elements.get(i) instanceof Message m) {
        messageIndex.add(i);
        messages.add(m);
      }
    }
    int[] answers = Replies.answered(messages);
    boolean[] reply = new boolean[n];
    List<List<Integer>> after = new ArrayList<>(ends);
    for (int k = 0; k < answers.length; k++) {
      if (answers[k] < 0) {
        continue;
      }
      int replyStep = messageIndex.get(k);
      int requestStep = messageIndex.get(answers[k]);
      reply[replyStep] = true;
      after.set(replyStep, replyEnds.get(replyStep));
      if (onlyNotesBetween(requestStep, replyStep)) {
        for (int i = requestStep; i < replyStep; i++) {
          after.set(i, replyEnds.get(replyStep));
        }
      }
    }
    List<HandStep> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(new HandStep(paths.get(i), elements.get(i), anchors.get(i), reply[i], after.get(i)));
    }
    return List.copyOf(steps);
  }

  private boolean onlyNotesBetween(int request, int reply) {
    for (int i = request + 1; i < reply; i++) {
      if (!(elements.get(i) instanceof Note)) {
        return false;
      }
    }
    return true;
  }

  private void walk(List<Element> body, List<Integer> prefix) {
    for (int i = 0; i < body.size(); i++) {
      List<Integer> path = Paths.child(prefix, i);
      Element e = body.get(i);
      if (e instanceof Comment c && c.anchor().isPresent()) {
        anchor = c.anchor();
      } else if (e instanceof Message m) {
        add(path, m, Paths.child(prefix, annotated(body, i, m, false)), Paths.child(prefix, annotated(body, i, m, true)));
      } else if (e instanceof Note n && n.position() == NotePosition.OVER && n.participants().size() == 1) {
        add(path, n, path, path);
      } else if (e instanceof Fragment f) {
        for (int b = 0; b < f.branches().size(); b++) {
          walk(f.branches().get(b).elements(), Paths.child(path, b));
        }
      }
    }
  }

  private void add(List<Integer> path, Element e, List<Integer> end, List<Integer> replyEnd) {
    paths.add(path);
    elements.add(e);
    anchors.add(anchor);
    ends.add(end);
    replyEnds.add(replyEnd);
  }

  /**
   * The last index of what belongs to the message at {@code index}: the notes written right under
   * it ({@code note over nova_scheduler: filters and weighers pick a host}) and the activations
   * it starts (the callee's, for a request also the caller's); for a reply also the end of its
   * sender's activation. What is derived goes after.
   */
  private static int annotated(List<Element> body, int index, Message m, boolean reply) {
    int last = index;
    while (last + 1 < body.size() && belongs(body.get(last + 1), m, reply)) {
      last++;
    }
    return last;
  }

  private static boolean belongs(Element next, Message m, boolean reply) {
    if (next instanceof Note) {
      return true;
    }
    // A request is often followed by `activate client` and `activate api`: both belong to it.
    return next instanceof Activate a && (a.activate()
        ? a.participant().equals(m.to()) || !reply && a.participant().equals(m.from())
        : reply && a.participant().equals(m.from()));
  }
}
