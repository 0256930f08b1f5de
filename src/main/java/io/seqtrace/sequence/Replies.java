package io.seqtrace.sequence;

import io.seqtrace.sequence.Element.Message;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which messages of a script are replies, and to which request: scripts draw replies as plain
 * arrows ({@code libvirt->nova_compute: done}), so a message is a reply when it goes back to a
 * participant that sent its sender a message still unanswered (a per-participant stack of requests).
 */
public final class Replies {
  private Replies() {}

  /** For each message, the index of the request it answers, or -1 when it is no reply. */
  public static int[] answered(List<Message> messages) {
    int[] answers = new int[messages.size()];
    Arrays.fill(answers, -1);
    // Requests each participant received and has not answered yet, newest first.
    Map<String, Deque<Integer>> pending = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      if (m.from().equals(m.to())) {
        continue;
      }
      Deque<Integer> mine = pending.computeIfAbsent(m.from(), k -> new ArrayDeque<>());
      Integer request = mine.stream().filter(r -> messages.get(r).from().equals(m.to())).findFirst().orElse(null);
      if (request != null) {
        mine.remove(request);
        answers[i] = request;
      } else {
        pending.computeIfAbsent(m.to(), k -> new ArrayDeque<>()).push(i);
      }
    }
    return answers;
  }
}
