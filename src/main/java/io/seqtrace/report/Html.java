package io.seqtrace.report;

/** HTML escaping, so that every piece of text from the code or the user is inert in a page. */
final class Html {
  private Html() {}

  /** Escapes text for element content and double- or single-quoted attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link, or the bare text when there is no URL to go to. */
  static String link(String url, String text) {
    if (url.isEmpty()) {
      return esc(text);
    }
    return "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>";
  }
}
