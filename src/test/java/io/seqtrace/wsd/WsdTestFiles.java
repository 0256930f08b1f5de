package io.seqtrace.wsd;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Participant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates test fixtures and the shared corpus, and compares diagrams without line numbers. */
public final class WsdTestFiles {
  private WsdTestFiles() {}

  /** The project directory: surefire sets SEQTRACE_PROJECT_DIR, an IDE runs in it. */
  public static Path projectDir() {
    String dir = System.getenv("SEQTRACE_PROJECT_DIR");
    return Path.of(dir == null || dir.isBlank() ? "" : dir).toAbsolutePath();
  }

  /** Our own fixtures, in the source tree so missing golden files can be written beside them. */
  public static Path fixtureDir() {
    return projectDir().resolve("src/test/resources/wsd");
  }

  /** The hand-written openstack-workflow scripts, which are read in place and never copied. */
  public static Path corpusDir() {
    return projectDir().resolve("../shared/corpus/openstack-workflow/src").normalize();
  }

  /** All corpus scripts sorted by path, empty when the corpus is absent. */
  public static List<Path> corpusScripts() {
    return list(corpusDir(), 2);
  }

  public static List<Path> fixtures() {
    return list(fixtureDir(), 1);
  }

  private static List<Path> list(Path dir, int depth) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(p -> p.toString().endsWith(".wsd")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagram with every line number set to 0, for "equal modulo line numbers". */
  public static Diagram withoutLines(Diagram d) {
    return new Diagram(d.title(),
        d.participants().stream().map(p -> new Participant(p.name(), p.label(), p.actor(), 0)).toList(),
        withoutLines(d.elements()));
  }

  private static List<Element> withoutLines(List<Element> elements) {
    return elements.stream().map(WsdTestFiles::withoutLines).toList();
  }

  private static Element withoutLines(Element e) {
    if (e instanceof Element.Message m) {
      return new Element.Message(m.from(), m.to(), m.arrow(), m.activation(), m.label(), m.kind(), m.method(),
          m.anchor(), m.origin(), 0);
    } else if (e instanceof Element.Note n) {
      return new Element.Note(n.position(), n.participants(), n.text(), n.block(), n.anchor(), n.origin(), 0);
    } else if (e instanceof Element.Activate a) {
      return new Element.Activate(a.participant(), a.activate(), a.origin(), 0);
    } else if (e instanceof Element.Destroy d) {
      return new Element.Destroy(d.participant(), 0);
    } else if (e instanceof Element.Fragment f) {
      return new Element.Fragment(f.kind(),
          f.branches().stream().map(b -> new Element.Branch(b.guard(), withoutLines(b.elements()), 0)).toList(),
          f.origin(), 0, 0);
    } else if (e instanceof Element.Comment c) {
      return new Element.Comment(c.text(), c.anchor(), 0);
    } else if (e instanceof Element.Blank) {
      return new Element.Blank(0);
    } else if (e instanceof Element.Directive d) {
      return new Element.Directive(d.keyword(), d.argument(), 0);
    }
    throw new AssertionError(e);
  }
}
