package io.seqtrace.source;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Keeps one bare mirror per remote URL under {@code <cacheDir>/repos/}, cloned on first use and
 * reused as is afterwards.
 *
 * <p>Credentials written in the URL are handed to JGit separately and the URL is given without
 * them, so neither a message nor the mirror's {@code config} can ever hold the password. Every
 * network read has a timeout ({@link Limits#networkTimeoutSeconds()}), so a silent server fails the
 * clone instead of hanging it.
 */
final class MirrorCache {
  private MirrorCache() {}

  /** The git directory of a complete mirror of {@code location}, cloning it first if needed. */
  static Path mirror(RepoLocation location, Path cacheDir, ProgressSink progress) {
    String shown = location.display();
    if (location.ssh()) {
      // JGit's core has no SSH client; the ssh module would be one more library to ship.
      throw new InputException(shown + ": cannot clone: ssh URLs are not supported"
          + " (use an https:// URL, or clone it with git and pass the directory)");
    }
    Path repos = cacheDir.resolve("repos");
    Path target = repos.resolve(location.cacheName() + ".git");
    // Only a finished clone is ever renamed to this name, so its presence means it is complete.
    if (Files.isDirectory(target)) {
      return target;
    }
    int timeout = Limits.networkTimeoutSeconds();
    StaleClones.clean(repos);
    Path temp;
    try {
      Files.createDirectories(repos);
      // A dot name in the same directory: never mistaken for a mirror, and rename stays atomic.
      temp = Files.createTempDirectory(repos, StaleClones.prefix(location.cacheName()));
    } catch (IOException e) {
      throw new InputException(shown + ": cannot clone: cannot create " + repos + ": " + e.getMessage(), e);
    }
    // Interrupted (Ctrl-C, kill): the JVM runs shutdown hooks but no finally blocks.
    Thread onExit = new Thread(() -> StaleClones.delete(temp), "seqtrace-clone-cleanup");
    Runtime.getRuntime().addShutdownHook(onExit);
    try {
      progress.line("Cloning " + shown + " into " + target);
      clone(location, temp, progress, timeout);
      moveIntoPlace(temp, target);
      return target;
    } finally {
      StaleClones.delete(temp);
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: it deletes what is left.
      }
    }
  }

  private static void clone(RepoLocation location, Path dir, ProgressSink progress, int timeout) {
    CloneCommand clone = Git.cloneRepository()
        .setURI(location.anonymous())
        .setDirectory(dir.toFile())
        .setBare(true)
        .setMirror(true)
        .setTimeout(timeout)
        .setProgressMonitor(new ProgressLines(progress));
    location.credentials().ifPresent(c ->
        clone.setCredentialsProvider(new UsernamePasswordCredentialsProvider(c.user(), c.password())));
    QuietWorkers.run(() -> {
      try (Git git = clone.call()) {
        return git; // Nothing else to do: the mirror is complete once call() returns.
      } catch (GitAPIException | RuntimeException e) {
        throw new InputException(location.display() + ": cannot clone: " + reason(e, location, timeout), e);
      }
    });
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
   * A timeout anywhere in the chain is said as such, with the option that raises it.
   */
  private static String reason(Throwable e, RepoLocation location, int timeout) {
    Throwable cause = e;
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof SocketTimeoutException || String.valueOf(c.getMessage()).contains("timed out")) {
        return "no answer from the server within " + timeout + " s (raise with -D" + Limits.NETWORK_TIMEOUT + ")";
      }
      if (c.getMessage() != null) {
        cause = c;
      }
      if (c.getCause() == c) {
        break;
      }
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    // Never echo what the user typed: JGit only saw the anonymous URL, but a cause may quote any text.
    message = message.replace(location.text(), location.display());
    message = message.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.$", "");
    if (message.endsWith("internal server error") && location.text().regionMatches(true, 0, "file:", 0, 5)) {
      // JGit's own upload-pack failed on the local repository, most often on a missing object.
      return "the repository cannot be read (an object may be missing; run 'git fsck' in it)";
    }
    String url = location.display();
    return message.startsWith(url + ": ") ? message.substring(url.length() + 2) : message;
  }
}
