package io.seqtrace.cli;

import java.util.List;

/**
 * The error lines of a command that processes many scripts: one per failed script, or a single
 * summary line when every script failed for the same reason (a full disk says so once, not 33 times).
 */
final class FailureLines {
  private FailureLines() {}

  /**
   * {@code messages} as they are, or one {@code seqtrace: all N scripts failed: REASON (first: PATH)}
   * line when there are at least two, all failed and all give the same reason after their path.
   *
   * @param messages {@code PATH: reason} for each failed script
   * @param scripts how many scripts the command processed
   */
  static List<String> of(List<String> messages, int scripts) {
    if (messages.size() < 2 || messages.size() != scripts) {
      return messages;
    }
    String reason = reason(messages.get(0));
    if (reason.isEmpty() || !messages.stream().allMatch(m -> reason(m).equals(reason))) {
      return messages;
    }
    String first = messages.get(0);
    return List.of("seqtrace: all " + messages.size() + " scripts failed: " + reason
        + " (first: " + first.substring(0, first.length() - reason.length() - 2) + ")");
  }

  /** What follows the first {@code ": "}, the path and line being before it. */
  private static String reason(String message) {
    int at = message.indexOf(": ");
    return at < 0 ? "" : message.substring(at + 2);
  }
}
