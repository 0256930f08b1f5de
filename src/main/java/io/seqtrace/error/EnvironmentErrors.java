package io.seqtrace.error;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Says what went wrong in the machine rather than in seqtrace (a full disk, an output path that is
 * a file or a dangling link, no permission, no memory) as one {@code PATH: reason; what to do} line
 * without Java class names, so that such failures are not reported as internal errors.
 */
public final class EnvironmentErrors {
  private EnvironmentErrors() {}

  /** The one-line description of {@code e} or of what caused it, empty when it is not an environment error. */
  public static Optional<String> describe(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof OutOfMemoryError) {
        return Optional.of("out of memory; give Java more with SEQTRACE_JAVA_OPTS=-Xmx4g, or use fewer --threads");
      }
      if (c instanceof FileSystemException fse && fse.getFile() != null) {
        return Optional.of(fse.getFile() + ": " + reason(fse));
      }
      if (c instanceof IOException && !(c instanceof FileSystemException) && c.getMessage() != null) {
        Optional<String> known = known(c.getMessage());
        if (known.isPresent()) {
          return known;
        }
      }
    }
    return Optional.empty();
  }

  private static String reason(FileSystemException e) {
    Path file = Path.of(e.getFile());
    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      String target;
      try {
        target = Files.readSymbolicLink(file).toString();
      } catch (IOException | UnsupportedOperationException unreadable) {
        target = "?";
      }
      return "dangling symbolic link (to " + target + ", which does not exist); remove the link or create its target";
    }
    if (e instanceof FileAlreadyExistsException) {
      return Files.isDirectory(file) ? "already exists" : "is a file, not a directory; choose a directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory; choose a directory";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied; check its permissions or choose another place";
    }
    String why = e.getReason() == null ? "" : e.getReason();
    return known(why).orElse(why.isEmpty() ? "cannot be read or written" : why.toLowerCase(Locale.ROOT));
  }

  /** Operating-system reasons worded as what to do about them. */
  private static Optional<String> known(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    if (m.contains("no space left on device")) {
      return Optional.of("no space left on device; free some space or write elsewhere");
    }
    if (m.contains("disk quota exceeded")) {
      return Optional.of("disk quota exceeded; free some space or write elsewhere");
    }
    if (m.contains("read-only file system")) {
      return Optional.of("read-only file system; write elsewhere");
    }
    if (m.contains("not a directory")) {
      return Optional.of("not a directory (part of the path is a file); choose a directory");
    }
    return Optional.empty();
  }
}
