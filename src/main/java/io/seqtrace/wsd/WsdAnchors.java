package io.seqtrace.wsd;

import io.seqtrace.sequence.SourceAnchor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the source anchors people put in WSD comments, e.g. {@code # nova/compute/api.py
 * pause()} or {@code ## nova/compute/api.py}.
 */
public final class WsdAnchors {
  /**
   * The path must be the first word so prose comments that merely mention a file ("see x.py for
   * details") do not become anchors; an optional {@code :line} is what {@link #format} writes.
   */
  private static final Pattern ANCHOR =
      Pattern.compile(
          "#*\\s*(?<path>[^\\s#:]+\\.py)(?::(?<line>\\d+))?(?=\\s|$)"
              + "(?:\\s+(?<function>[A-Za-z_][\\w.]*)(?:\\(\\))?)?.*");

  private WsdAnchors() {}

  /** The anchor a comment names, given the comment text after its first {@code #}. */
  public static Optional<SourceAnchor> parse(String commentText) {
    Matcher m = ANCHOR.matcher(commentText.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int line = m.group("line") == null ? 0 : Integer.parseInt(m.group("line"));
    String function = m.group("function") == null ? "" : m.group("function");
    return Optional.of(new SourceAnchor(m.group("path"), line, function));
  }

  /** {@code path[:line] [function()]}, the comment text that {@link #parse} reads back. */
  public static String format(SourceAnchor anchor) {
    StringBuilder sb = new StringBuilder(anchor.path());
    if (anchor.line() > 0) {
      sb.append(':').append(anchor.line());
    }
    if (!anchor.function().isEmpty()) {
      sb.append(' ').append(anchor.function()).append("()");
    }
    return sb.toString();
  }
}
