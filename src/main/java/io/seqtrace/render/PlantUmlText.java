package io.seqtrace.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns arbitrary script text into PlantUML text that can only ever be shown, never interpreted.
 *
 * <p>PlantUML reads more than its diagram syntax inside labels: the preprocessor expands
 * {@code %functions()} anywhere on a line ({@code %load_json}, {@code %getenv}), creole renders
 * {@code <img:...>}, {@code <b>}, {@code <<stereotype>>}, {@code [[links]]}, {@code **bold**} and
 * {@code ~} escapes, and a line break would let the next line start with {@code !include} or
 * {@code @enduml}. Every such character becomes a numeric character reference, which PlantUML
 * decodes only when drawing, after all interpretation is over.
 */
final class PlantUmlText {
  /** Characters that start markup or preprocessing; each is written as {@code &#NN;}. */
  private static final String ALWAYS = "<>%!@[]\"~&|";
  /**
   * {@code $} as PlantUML's Unicode escape: it would start a preprocessor variable, and its
   * character reference {@code &#36;} crashes PlantUML (it feeds the decoded text to
   * {@code Matcher.appendReplacement}, where {@code $} means a group).
   */
  private static final String DOLLAR = "<U+0024>";
  /** Creole doubles these for styling ({@code **}, {@code //}, {@code __}, {@code --}, ...). */
  private static final String DOUBLED = "*/_-^=";

  private static final Set<String> RESERVED = Set.of(
      "activate", "actor", "alt", "as", "autonumber", "box", "boundary", "collections", "control",
      "create", "database", "deactivate", "destroy", "else", "end", "entity", "group", "hide",
      "hnote", "loop", "newpage", "note", "of", "opt", "over", "par", "participant", "queue",
      "ref", "return", "rnote", "show", "skinparam", "title", "break", "critical", "left", "right");

  private PlantUmlText() {}

  /**
   * Escapes a label; the WSD {@code \n} escape and real line breaks both become PlantUML's
   * {@code \n} line break, and any other backslash is doubled so {@code \t} stays two characters.
   */
  static String label(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '\\' && next == 'n') {
        sb.append("\\n");
        i++;
      } else if (c == '\\') {
        sb.append("\\\\");
      } else if (c == '\r') {
        sb.append("\\n");
        if (next == '\n') {
          i++;
        }
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c)) {
        sb.append(' ');
      } else if (c == '$') {
        sb.append(DOLLAR);
      } else if (ALWAYS.indexOf(c) >= 0 || (DOUBLED.indexOf(c) >= 0 && (next == c || previous(sb) == c))) {
        sb.append("&#").append((int) c).append(';');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static char previous(StringBuilder sb) {
    return sb.length() == 0 ? 0 : sb.charAt(sb.length() - 1);
  }

  /** A PlantUML identifier for {@code name}: word characters only, never a keyword, unique among {@code used}. */
  static String alias(String name, Set<String> used) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
    }
    String base = sb.length() == 0 || Character.isDigit(sb.charAt(0)) ? "p_" + sb : sb.toString();
    if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
      base = base + "_";
    }
    String alias = base;
    for (int i = 2; !used.add(alias.toLowerCase(Locale.ROOT)); i++) {
      alias = base + "_" + i;
    }
    return alias;
  }

  /** A fresh set for {@link #alias}; PlantUML compares identifiers case-sensitively, we play safe. */
  static Set<String> newAliasSet() {
    return new HashSet<>();
  }
}
