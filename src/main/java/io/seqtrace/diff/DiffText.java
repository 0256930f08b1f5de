package io.seqtrace.diff;

import io.seqtrace.sequence.Element.Message;
import java.util.List;

/**
 * Writes diffs for a terminal: first the cross-service changes of every operation
 * ({@link CrossServiceSummary}), then one block per operation, {@code = name: no change} or a
 * header followed by {@code +}, {@code -} and {@code ~} lines in aligned order. When no operation
 * changed at all, only the {@code no change} lines are written.
 */
public final class DiffText {
  private DiffText() {}

  public static String write(List<OperationDiff> diffs) {
    StringBuilder out = new StringBuilder();
    if (diffs.stream().anyMatch(d -> !d.unchanged())) {
      out.append("cross-service changes:\n");
      for (OperationDiff diff : diffs) {
        List<CrossServiceSummary.Change> changes = CrossServiceSummary.of(diff);
        if (changes.isEmpty()) {
          out.append("  ").append(diff.operation()).append(": none\n");
        }
        changes.forEach(c -> out.append("  ").append(diff.operation()).append(": ").append(c.text()).append('\n'));
      }
      out.append('\n');
    }
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

  /** {@code from -> to: label (kind) @ path function}; a multi-line label is joined with {@code ", "}. */
  static String step(Message m) {
    String text = m.from() + " -> " + m.to() + ": " + oneLine(m.label()) + " (" + m.kind().jsonName() + ")";
    return m.anchor().map(a -> text + " @ " + a.path() + " " + a.function()).orElse(text);
  }

  /** Labels break lines with a real line break or WSD's {@code \n} escape; neither belongs in a line of text. */
  static String oneLine(String label) {
    return label.replace("\r\n", "\n").replace("\\n", "\n").lines().map(String::strip)
        .filter(l -> !l.isEmpty()).reduce((a, b) -> a + ", " + b).orElse("");
  }
}
