package io.seqtrace.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names the temporary directory of a clone after the process making it, and removes the ones whose
 * process is gone (a run killed mid-clone), so a crash never leaves a clone-sized leak for good.
 */
final class StaleClones {
  /** {@code .<cacheName>.tmp-<pid>-<random>}; the pid tells a live clone from a dead one. */
  private static final Pattern TEMP = Pattern.compile("\\..+\\.tmp-(\\d+)-[^/]*");
  /** Temporaries of an older layout carry no pid; after a day no clone can still be writing them. */
  private static final Duration UNOWNED_AGE = Duration.ofDays(1);

  private StaleClones() {}

  /** The prefix of a new temporary directory for a clone of {@code cacheName} made by this process. */
  static String prefix(String cacheName) {
    return "." + cacheName + ".tmp-" + ProcessHandle.current().pid() + "-";
  }

  /** Deletes every clone temporary in {@code repos} whose process is no longer running; returns how many. */
  static int clean(Path repos) {
    if (!Files.isDirectory(repos)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(repos, ".*.tmp-*")) {
      for (Path entry : entries) {
        if (stale(entry)) {
          delete(entry);
          removed++;
        }
      }
    } catch (IOException e) {
      // Cleaning is a courtesy: a directory we cannot list is left for the next run.
    }
    return removed;
  }

  private static boolean stale(Path entry) {
    Matcher m = TEMP.matcher(entry.getFileName().toString());
    if (m.matches()) {
      Optional<ProcessHandle> owner = parsePid(m.group(1)).flatMap(ProcessHandle::of);
      return owner.isEmpty() || !owner.get().isAlive();
    }
    try {
      FileTime modified = Files.getLastModifiedTime(entry);
      return modified.toInstant().isBefore(Instant.now().minus(UNOWNED_AGE));
    } catch (IOException e) {
      return false;
    }
  }

  private static Optional<Long> parsePid(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Deletes {@code dir} and what it holds, as far as it can; a leftover is retried next run. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // A leftover dot-directory is harmless: it never looks like a mirror.
    }
  }
}
