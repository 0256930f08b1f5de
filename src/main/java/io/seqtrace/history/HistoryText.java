package io.seqtrace.history;

import io.seqtrace.diff.AlignedStep;
import io.seqtrace.history.ReleaseState.Status;
import io.seqtrace.sequence.Element.Message;
import java.util.List;

/**
 * Writes a history for a terminal: per operation, where it is present, the timeline of releases
 * (a summary line per change, then the steps as {@code seqtrace diff} prints them), and each hop's
 * first and last release.
 */
public final class HistoryText {
  private HistoryText() {}

  public static String write(History history) {
    StringBuilder out = new StringBuilder();
    for (OperationHistory op : history.operations()) {
      List<String> present = op.present();
      out.append("= ").append(op.operation()).append(": in ").append(present.size()).append(" of ")
          .append(history.refs().size()).append(" releases");
      if (!op.absent().isEmpty()) {
        out.append("; absent at ").append(ranges(history.refs(), op.absent()));
      }
      if (!op.untraceable().isEmpty()) {
        out.append("; not traceable at ").append(ranges(history.refs(), op.untraceable()));
      }
      out.append('\n');
      timeline(op, out);
      out.append("  hops (first .. last release):\n");
      for (Hop h : op.hops()) {
        out.append("    ").append(h.text()).append(": ").append(h.first()).append(" .. ").append(h.last()).append('\n');
      }
      for (HopChange c : op.hopChanges()) {
        out.append("  at ").append(c.ref()).append(": ").append(c.before().text()).append(": ")
            .append(c.what()).append('\n');
      }
    }
    return out.toString();
  }

  private static void timeline(OperationHistory op, StringBuilder out) {
    int next = 0;
    String previous = null;
    boolean absentBefore = false;
    for (ReleaseState s : op.releases()) {
      String before = previous;
      previous = s.ref();
      if (s.status() == Status.ABSENT) {
        out.append("  ").append(s.ref()).append(": absent\n");
        absentBefore = true;
        continue;
      }
      if (s.status() == Status.UNTRACEABLE) {
        out.append("  ").append(s.ref()).append(": not traceable (the trace reaches no other service");
        out.append(s.unresolved().isEmpty() ? "" : "; unresolved: " + String.join(", ", s.unresolved()));
        out.append(")\n");
        continue;
      }
      ReleaseChange change = next < op.changes().size() && op.changes().get(next).toRef().equals(s.ref())
          ? op.changes().get(next++) : null;
      if (change == null) {
        out.append("  ").append(s.ref()).append(absentBefore ? ": in the API from here\n" : ": first traced\n");
        continue;
      }
      // After an untraceable release the comparison is with the last traced one, and says so.
      String since = change.fromRef().equals(before) ? "" : " (since " + change.fromRef() + ")";
      out.append("  ").append(s.ref()).append(": ").append(change.summary().text()).append(since).append('\n');
      for (AlignedStep row : change.diff().union()) {
        if (row.before().isEmpty()) {
          out.append("    + ").append(step(row.after().get())).append('\n');
        } else if (row.after().isEmpty()) {
          out.append("    - ").append(step(row.before().get())).append('\n');
        } else if (row.changed()) {
          out.append("    ~ ").append(step(row.before().get())).append('\n');
          out.append("      ").append(step(row.after().get())).append('\n');
        }
      }
    }
  }

  /** {@code from -> to: label (kind) @ path function}, as {@code seqtrace diff} prints a step. */
  static String step(Message m) {
    String text = m.from() + " -> " + m.to() + ": " + m.label().replace("\n", "\\n") + " (" + m.kind().jsonName() + ")";
    return m.anchor().map(a -> text + " @ " + a.path() + " " + a.function()).orElse(text);
  }

  /** {@code 12.0.0 .. 14.0.0, 20.0.0}: runs of consecutive releases written as ranges. */
  static String ranges(List<String> all, List<String> some) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < all.size()) {
      if (!some.contains(all.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < all.size() && some.contains(all.get(j + 1))) {
        j++;
      }
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(all.get(i)).append(j > i ? " .. " + all.get(j) : "");
      i = j + 1;
    }
    return out.toString();
  }
}
