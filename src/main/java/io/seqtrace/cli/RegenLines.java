package io.seqtrace.cli;

import io.seqtrace.regen.RegenReport;
import io.seqtrace.regen.ScriptReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** What {@code seqtrace regen} prints: a line per script on stdout, warnings and errors on stderr, a summary. */
final class RegenLines {
  private RegenLines() {}

  /** A line per script on {@code out}; its warnings and errors on {@code err}. */
  static void print(RegenReport report, PrintWriter out, PrintWriter err) {
    List<String> errors = report.scripts().stream().flatMap(s -> s.error().stream()).toList();
    boolean summarised = FailureLines.of(errors, report.scripts().size()).size() != errors.size();
    for (ScriptReport s : report.scripts()) {
      s.warnings().forEach(w -> err.println(warning(w)));
      if (!summarised) {
        s.error().ifPresent(err::println);
      }
      out.println(line(s));
    }
    if (summarised) {
      FailureLines.of(errors, report.scripts().size()).forEach(err::println);
    }
    out.flush();
    err.flush();
  }

  /** The summary, which the command closes with its time: {@code regenerated 12 scripts at 33.0.0 (...): ...}. */
  static String summary(RegenReport report, String ref, String commit) {
    long merged = report.scripts().stream().filter(s -> s.status() == ScriptReport.Status.MERGED).count();
    long failed = report.scripts().stream().filter(s -> s.status() == ScriptReport.Status.FAILED).count();
    int kept = report.scripts().stream().mapToInt(ScriptReport::kept).sum();
    int added = report.scripts().stream().mapToInt(ScriptReport::added).sum();
    int stale = report.scripts().stream().mapToInt(ScriptReport::stale).sum();
    return String.format(Locale.ROOT, "regenerated %d scripts at %s (%s): %d merged, %d as written, %d failed; "
            + "kept %d, added %d, stale %d",
        report.scripts().size(), ref, commit, merged, report.scripts().size() - merged - failed, failed,
        kept, added, stale);
  }

  /** {@code pause.wsd: pause: kept 31, matched 4, added 6, stale 0}, or what else happened. */
  static String line(ScriptReport s) {
    String name = s.script().getFileName().toString();
    if (s.status() == ScriptReport.Status.MERGED) {
      return String.format(Locale.ROOT, "%s: %s: kept %d, matched %d, added %d, stale %d",
          name, s.operation().orElseThrow(), s.kept(), s.matched(), s.added(), s.stale());
    }
    if (s.status() == ScriptReport.Status.UNMATCHED) {
      return name + ": no operation: rendered as written";
    }
    if (s.status() == ScriptReport.Status.NOT_DERIVED) {
      return name + ": " + s.operation().orElseThrow() + ": not derived: rendered as written";
    }
    return name + ": failed";
  }

  /** {@code path:line: message} becomes {@code path:line: warning: message}, as the render command prints them. */
  private static String warning(String w) {
    int at = w.indexOf(": ");
    return at < 0 ? "warning: " + w : w.substring(0, at) + ": warning: " + w.substring(at + 2);
  }
}
