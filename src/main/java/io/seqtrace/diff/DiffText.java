package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import java.util.List;

/**
 * Writes diffs for a terminal: one block per operation, {@code = name: no change} or a header
 * followed by {@code +}, {@code -} and {@code ~} lines in aligned order.
 */
public final class DiffText {
  private DiffText() {}

  public static String write(List<OperationDiff> diffs) {
    StringBuilder out = new StringBuilder();
    for (OperationDiff diff : diffs) {
      if (diff.unchanged()) {
        out.append("= ").append(diff.operation()).append(": no change\n");
        continue;
      }
      out.append("= ").append(diff.operation()).append(": ").append(diff.added().size()).append(" added, ")
          .append(diff.removed().size()).append(" removed, ").append(diff.changed().size()).append(" changed\n");
      for (AlignedStep row : diff.union()) {
        if (row.before().isEmpty()) {
          out.append("+ ").append(step(row.after().get())).append('\n');
        } else if (row.after().isEmpty()) {
          out.append("- ").append(step(row.before().get())).append('\n');
        } else if (row.changed()) {
          out.append("~ ").append(step(row.before().get())).append('\n');
          out.append("  ").append(step(row.after().get())).append('\n');
        }
      }
    }
    return out.toString();
  }

  /** {@code from -> to: label (kind) @ path function}; labels keep to one line. */
  static String step(Message m) {
    String text = m.from() + " -> " + m.to() + ": " + m.label().replace("\n", "\\n") + " (" + m.kind().jsonName() + ")";
    return m.anchor().map(a -> text + " @ " + a.path() + " " + a.function()).orElse(text);
  }
}
