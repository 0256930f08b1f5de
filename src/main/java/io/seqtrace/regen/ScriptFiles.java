package io.seqtrace.regen;

import io.seqtrace.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scripts a {@code --scripts DIR|FILE} option stands for, the same for {@code regen} and
 * {@code check}: the file itself, or a directory's {@code *.wsd} entries sorted by name. Dangling
 * links are listed, so the command reports them instead of skipping them silently.
 */
public final class ScriptFiles {
  private ScriptFiles() {}

  /** The scripts of {@code path}; an input error when it does not exist or holds no script. */
  public static List<Path> list(Path path) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new InputException(path + ": no such file or directory");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> scripts = inDirectory(path);
    if (scripts.isEmpty()) {
      throw new InputException(path + ": no .wsd scripts in this directory");
    }
    return scripts;
  }

  /** The {@code *.wsd} entries of {@code dir} that are not directories, dangling links included, sorted by name. */
  public static List<Path> inDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wsd"))
          .filter(p -> !Files.isDirectory(p))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list: " + e.getMessage(), e);
    }
  }

  /** Why {@code script} cannot be read before trying, for a link that points nowhere. */
  public static Optional<String> problem(Path script) {
    if (Files.isSymbolicLink(script) && !Files.exists(script)) {
      String target;
      try {
        target = Files.readSymbolicLink(script).toString();
      } catch (IOException e) {
        target = "?";
      }
      return Optional.of(script + ": dangling symbolic link (to " + target + ")");
    }
    return Optional.empty();
  }
}
