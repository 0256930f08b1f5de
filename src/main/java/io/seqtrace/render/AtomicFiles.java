package io.seqtrace.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the new, never half a file: the
 * bytes go to a temporary file in the same directory, which is then renamed over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8. */
  public static void writeString(Path target, String text) throws IOException {
    writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes}, creating the parent directory if needed; the file gets the mode the process umask gives. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    if (Files.isDirectory(absolute)) {
      // Checked up front: the rename would fail naming our temporary file, not the user's path.
      throw new FileSystemException(absolute.toString(), null, "is a directory; remove it or write elsewhere");
    }
    // Same directory as the target: a rename across file systems would not be atomic.
    Path temp = createTemp(dir, absolute.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        out.write(bytes);
      } catch (FileSystemException e) {
        throw e;
      } catch (IOException e) {
        // A full disk surfaces as a bare "No space left on device": say which file it was.
        throw (IOException) new FileSystemException(absolute.toString(), null, e.getMessage()).initCause(e);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new empty file beside the target. Not {@link Files#createTempFile}: that makes it mode 0600,
   * which the rename keeps, so every SVG, HTML and JSON would be unreadable to others; a plain
   * create takes the mode from the umask, as {@code cp} or a shell redirect would.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    while (true) {
      Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // Another writer picked the same name: draw again.
      }
    }
  }
}
