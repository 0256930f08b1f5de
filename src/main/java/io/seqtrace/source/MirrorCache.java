package io.seqtrace.source;

import io.seqtrace.error.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Keeps one bare mirror per remote URL under {@code <cacheDir>/repos/}, cloned on first use and
 * reused as is afterwards.
 */
final class MirrorCache {
  private MirrorCache() {}

  /** The git directory of a complete mirror of {@code location}, cloning it first if needed. */
  static Path mirror(RepoLocation location, Path cacheDir, ProgressSink progress) {
    if (location.ssh()) {
      // JGit's core has no SSH client; the ssh module would be one more library to ship.
      throw new InputException(location.text() + ": cannot clone: ssh URLs are not supported"
          + " (use an https:// URL, or clone it with git and pass the directory)");
    }
    Path repos = cacheDir.resolve("repos");
    Path target = repos.resolve(location.cacheName() + ".git");
    // Only a finished clone is ever renamed to this name, so its presence means it is complete.
    if (Files.isDirectory(target)) {
      return target;
    }
    Path temp;
    try {
      Files.createDirectories(repos);
      // A dot name in the same directory: never mistaken for a mirror, and rename stays atomic.
      temp = Files.createTempDirectory(repos, "." + location.cacheName() + ".tmp-");
    } catch (IOException e) {
      throw new InputException(location.text() + ": cannot clone: cannot create " + repos + ": " + e.getMessage(), e);
    }
    try {
      progress.line("Cloning " + location.text() + " into " + target);
      clone(location, temp, progress);
      moveIntoPlace(temp, target);
      return target;
    } finally {
      deleteTree(temp);
    }
  }

  private static void clone(RepoLocation location, Path dir, ProgressSink progress) {
    try (Git git = Git.cloneRepository()
        .setURI(location.text())
        .setDirectory(dir.toFile())
        .setBare(true)
        .setMirror(true)
        .setProgressMonitor(new ProgressLines(progress))
        .call()) {
      // Nothing else to do: the mirror is complete once call() returns.
    } catch (GitAPIException | RuntimeException e) {
      throw new InputException(location.text() + ": cannot clone: " + reason(e, location.text()), e);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // Another process finished the same clone first; theirs is as good as ours.
    } catch (AtomicMoveNotSupportedException e) {
      throw new UncheckedIOException("cannot rename " + temp + " atomically", e);
    } catch (IOException e) {
      if (!Files.isDirectory(target)) { // non-empty target directory also lands here on Linux
        throw new UncheckedIOException("cannot move clone into " + target, e);
      }
    }
  }

  /**
   * The innermost message in the cause chain, on one line, without a leading copy of the URL;
   * JGit's outer messages are generic ({@code Invalid remote: origin}), the inner ones say why.
   */
  private static String reason(Throwable e, String url) {
    Throwable cause = e;
    for (Throwable c = e.getCause(); c != null && c != cause; c = c.getCause()) {
      if (c.getMessage() != null) {
        cause = c;
      }
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    message = message.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.$", "");
    return message.startsWith(url + ": ") ? message.substring(url.length() + 2) : message;
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover dot-directory is harmless: it never looks like a mirror.
    }
  }
}
