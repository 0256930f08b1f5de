package io.seqtrace.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

  /** Writes {@code bytes}, creating the parent directory if needed. */
  public static void writeBytes(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    if (Files.isDirectory(absolute)) {
      // Checked up front: the rename would fail naming our temporary file, not the user's path.
      throw new FileSystemException(absolute.toString(), null, "is a directory; remove it or write elsewhere");
    }
    // Same directory as the target: a rename across file systems would not be atomic.
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      try {
        Files.write(temp, bytes);
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
}
