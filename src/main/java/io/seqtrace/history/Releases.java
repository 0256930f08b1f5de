package io.seqtrace.history;

import io.seqtrace.error.InputException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Picks the releases a history covers from a repository's tags: those matching a glob (by default
 * every {@code N.0.0} tag, the major releases of the modern version scheme), within optional
 * bounds, in version order.
 */
public final class Releases {
  /** Major releases: {@code 12.0.0} (Liberty) and later; Kilo and older ({@code 2015.1.0}) have other shapes. */
  private static final Pattern MAJOR = Pattern.compile("[0-9]+\\.0\\.0");

  private Releases() {}

  /**
   * The tags of {@code tags} that match {@code glob} (empty for the default, {@code N.0.0}) and lie
   * between {@code from} and {@code to} in version order, both included, sorted in version order.
   *
   * @throws InputException when the glob is malformed or nothing is left
   */
  public static List<String> select(List<String> tags, Optional<String> glob, Optional<String> from,
      Optional<String> to) {
    Predicate<String> matches = glob.map(Releases::globMatcher).orElse(t -> MAJOR.matcher(t).matches());
    List<String> chosen = tags.stream()
        .filter(matches)
        .filter(t -> from.isEmpty() || VersionOrder.INSTANCE.compare(t, from.get()) >= 0)
        .filter(t -> to.isEmpty() || VersionOrder.INSTANCE.compare(t, to.get()) <= 0)
        .distinct()
        .sorted(VersionOrder.INSTANCE)
        .toList();
    if (chosen.isEmpty()) {
      throw new InputException("no release tags match '" + glob.orElse("N.0.0") + "'"
          + from.map(f -> " from " + f).orElse("") + to.map(t -> " to " + t).orElse(""));
    }
    return chosen;
  }

  /** A shell-style glob over whole tag names ({@code *}, {@code ?}, {@code [...]}). */
  private static Predicate<String> globMatcher(String glob) {
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new InputException("--refs '" + glob + "': not a valid glob (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    return tag -> {
      try {
        return matcher.matches(Path.of(tag));
      } catch (IllegalArgumentException notAPath) {
        return false;
      }
    };
  }
}
