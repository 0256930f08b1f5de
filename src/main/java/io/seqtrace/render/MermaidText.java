package io.seqtrace.render;

import java.util.Locale;
import java.util.Set;

/**
 * Turns arbitrary text into Mermaid sequence-diagram text that is shown as written.
 *
 * <p>Mermaid ends a message, note or guard at {@code ;} or {@code #}, strips HTML tags (so
 * {@code <b>} or {@code <<x>>} would vanish) and reads a participant named {@code end} or
 * {@code alt} as a keyword. Text characters are written as Mermaid entity codes ({@code #59;}),
 * which it decodes only when drawing; participant names that are not plain identifiers get a
 * plain identifier and keep their name as the displayed text.
 */
final class MermaidText {
  /** Words the Mermaid sequence lexer reads as keywords wherever a participant name could stand. */
  private static final Set<String> KEYWORDS = Set.of(
      "sequencediagram", "participant", "actor", "create", "destroy", "box", "end", "loop", "rect",
      "opt", "alt", "else", "par", "and", "critical", "option", "break", "note", "over", "left",
      "right", "of", "activate", "deactivate", "title", "acctitle", "accdescr", "autonumber", "off",
      "links", "link", "properties", "details", "as");

  private MermaidText() {}

  /**
   * Escapes a label, note, guard or title. The WSD {@code \n} escape and real line breaks become
   * Mermaid's {@code <br/>}, the only markup this writes.
   */
  static String label(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '\\' && next == 'n') {
        sb.append("<br/>");
        i++;
      } else if (c == '\r' && next == '\n') {
        sb.append("<br/>");
        i++;
      } else if (c == '\n' || c == '\r') {
        sb.append("<br/>");
      } else {
        sb.append(switch (c) {
          case '#' -> "#35;";
          case ';' -> "#59;";
          case '<' -> "#lt;";
          case '>' -> "#gt;";
          default -> String.valueOf(c);
        });
      }
    }
    return sb.toString().strip();
  }

  /** True when {@code name} can stand as a participant identifier as it is. */
  static boolean plainName(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A participant identifier for {@code name}, unique among {@code used} (which it joins): the name
   * itself when it is plain, else the name with other characters folded to {@code _}.
   */
  static String identifier(String name, Set<String> used) {
    String base = name;
    if (!plainName(base)) {
      base = base.replaceAll("[^A-Za-z0-9_]", "_");
      if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_') {
        base = "p_" + base;
      }
      if (KEYWORDS.contains(base.toLowerCase(Locale.ROOT))) {
        base = base + "_";
      }
    }
    String id = base;
    for (int n = 2; !used.add(id.toLowerCase(Locale.ROOT)); n++) {
      id = base + "_" + n;
    }
    return id;
  }
}
