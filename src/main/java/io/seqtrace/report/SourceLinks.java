package io.seqtrace.report;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Turns a source anchor into a URL from a template with {@code {ref}}, {@code {commit}},
 * {@code {path}} and {@code {line}} placeholders, so the report can point at any code browser.
 */
public final class SourceLinks {
  /** Where Nova's code is browsed upstream, by release tag. */
  public static final String DEFAULT_TEMPLATE = "https://opendev.org/openstack/nova/src/tag/{ref}/{path}#L{line}";

  private final String template;
  private final String ref;
  private final String commit;

  public SourceLinks(String template, String ref, String commit) {
    this.template = Objects.requireNonNull(template, "template");
    this.ref = Objects.requireNonNull(ref, "ref");
    this.commit = Objects.requireNonNull(commit, "commit");
  }

  /** The URL of {@code path} at {@code line}; line 0 (unknown) still yields a link to the file. */
  public String url(String path, int line) {
    if (template.isEmpty()) {
      return "";
    }
    String lineText = line > 0 ? Integer.toString(line) : "1";
    return template.replace("{ref}", encode(ref)).replace("{commit}", encode(commit))
        .replace("{path}", encode(path)).replace("{line}", lineText);
  }

  /**
   * Percent-encodes what may not stand in a URL path; slashes stay, since both paths and
   * branch names ({@code stable/2023.1}) use them as separators.
   */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
