package io.seqtrace.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each operation a file name that is safe on every file system and unique within the
 * report, even for names that differ only in case or punctuation.
 */
final class PageNames {
  private final Set<String> taken = new HashSet<>();

  /** The name for {@code operation}; call in a stable order so the same names come out every run. */
  String next(String operation) {
    String base = operation.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "_" + base;
    }
    String name = base;
    // Case-insensitive file systems (macOS, Windows) would merge servers.Create and servers.create.
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
