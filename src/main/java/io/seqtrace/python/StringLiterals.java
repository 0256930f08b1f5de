package io.seqtrace.python;

/** Strips a string literal's prefix and quotes; escapes are kept as written. */
final class StringLiterals {
  private StringLiterals() {}

  static String content(String literal) {
    int start = 0;
    while (start < literal.length() && literal.charAt(start) != '\'' && literal.charAt(start) != '"') {
      start++;
    }
    int quoteLength = literal.startsWith("'''", start) || literal.startsWith("\"\"\"", start) ? 3 : 1;
    int from = start + quoteLength;
    int to = literal.length() - quoteLength;
    return from <= to ? literal.substring(from, to) : "";
  }
}
