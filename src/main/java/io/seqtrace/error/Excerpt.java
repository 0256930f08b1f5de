package io.seqtrace.error;

/**
 * Input quoted in a message, cut to a few hundred characters: a diagnostic about a 10 MB line must
 * stay one readable line, not copy the line to stderr.
 */
public final class Excerpt {
  /** Long enough to recognise any real line; Nova's longest script line is about 150 characters. */
  public static final int MAX_CHARS = 200;

  private Excerpt() {}

  /** {@code text} itself, or its first {@link #MAX_CHARS} characters and how many were left out. */
  public static String of(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
  }
}
