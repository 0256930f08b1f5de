package io.seqtrace.render;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts activations per participant, because PlantUML refuses to deactivate an inactive lifeline
 * while hand-written scripts often deactivate once too often.
 */
final class ActivationTracker {
  private final Map<String, Integer> depth = new HashMap<>();

  void activate(String participant) {
    depth.merge(participant, 1, Integer::sum);
  }

  /** Records a deactivation and says whether it is balanced (false means: drop it). */
  boolean deactivate(String participant) {
    int d = depth.getOrDefault(participant, 0);
    if (d == 0) {
      return false;
    }
    depth.put(participant, d - 1);
    return true;
  }

  boolean isActive(String participant) {
    return depth.getOrDefault(participant, 0) > 0;
  }

  void destroy(String participant) {
    depth.remove(participant);
  }
}
