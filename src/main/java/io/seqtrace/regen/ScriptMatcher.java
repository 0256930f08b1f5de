package io.seqtrace.regen;

import io.seqtrace.sequence.Diagram;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the operation a hand-written script draws: by its file name ({@code live_migrate.wsd},
 * {@code interface-attach.wsd}, {@code list_simple.wsd}), else by its title ({@code title pause a
 * server}), among the operation names the caller knows, and only when the script draws the
 * project being traced ({@link ProjectOfScript}): {@code create_cluster.wsd} of Sahara is no Nova
 * {@code create}. {@code seqtrace regen} and {@code seqtrace check} match with the same rules.
 */
public final class ScriptMatcher {
  private final List<String> operations;
  /** Script names for operations whose code name differs (script name → operation); used only when the target is known. */
  private final Map<String, String> aliases;
  private final ProjectOfScript project;

  /** {@code operations} are the known operation names, as the deriver takes them (aliases included). */
  public ScriptMatcher(List<String> operations) {
    this(operations, Map.of());
  }

  /** As above, with extra script-name aliases, e.g. from a profile. */
  public ScriptMatcher(List<String> operations, Map<String, String> aliases) {
    this(operations, aliases, ProjectOfScript.ANY);
  }

  /** As above, matching only scripts that {@code project} accepts. */
  public ScriptMatcher(List<String> operations, Map<String, String> aliases, ProjectOfScript project) {
    this.operations = operations.stream().distinct().sorted().toList();
    this.aliases = Map.copyOf(aliases);
    this.project = project;
  }

  /** The operation for a script file named {@code fileName} with title {@code title} (may be empty). */
  public Optional<String> match(String fileName, String title) {
    return byFileName(fileName).or(() -> byTitle(title));
  }

  /** The operation {@code script}, read from {@code fileName}, draws; empty when none or another project's. */
  public Optional<String> match(String fileName, Diagram script) {
    return foreign(script).isPresent() ? Optional.empty() : match(fileName, script.title());
  }

  /** Why {@code script} draws another project than the one traced, empty when it may be this one's. */
  public Optional<String> foreign(Diagram script) {
    return project.foreign(script);
  }

  /** Tries the name, then the name without its last words: {@code list_simple} is {@code list}. */
  Optional<String> byFileName(String fileName) {
    String name = fileName.replaceFirst("(?i)\\.wsd$", "");
    List<String> words = words(name);
    for (int n = words.size(); n > 0; n--) {
      Optional<String> found = named(Set.copyOf(words.subList(0, n)), String.join("_", words.subList(0, n)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The operation (or alias) with the most words that all occur in the title; ties go to the first name. */
  Optional<String> byTitle(String title) {
    Set<String> titleWords = Set.copyOf(words(title));
    String best = null;
    int bestWords = 0;
    for (String op : operations) {
      int n = wordsInTitle(op, titleWords);
      if (n > bestWords) {
        best = op;
        bestWords = n;
      }
    }
    return Optional.ofNullable(best);
  }

  /** How many words of {@code op}, or of its longest alias, the title has; 0 unless it has them all. */
  private int wordsInTitle(String op, Set<String> titleWords) {
    return Stream.concat(Stream.of(Set.copyOf(words(op))), aliasesOf(op))
        .filter(titleWords::containsAll)
        .mapToInt(Set::size)
        .max()
        .orElse(0);
  }

  private Optional<String> named(Set<String> words, String joined) {
    for (String op : operations) {
      // Same words in any order: interface-attach is attach_interface.
      if (op.equalsIgnoreCase(joined) || Set.copyOf(words(op)).equals(words)) {
        return Optional.of(op);
      }
    }
    String alias = aliases.get(joined);
    return alias != null && operations.contains(alias) ? Optional.of(alias) : Optional.empty();
  }

  /** The word sets of the script names that alias {@code op}. */
  private Stream<Set<String>> aliasesOf(String op) {
    return aliases.entrySet().stream().filter(e -> e.getValue().equals(op)).map(e -> Set.copyOf(words(e.getKey())));
  }

  /** Lower-case words of a name or title; camelCase, dashes and underscores split words. */
  static List<String> words(String text) {
    String split = text.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Arrays.stream(split.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }
}
