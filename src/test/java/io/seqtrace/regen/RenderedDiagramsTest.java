package io.seqtrace.regen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Keeps the committed renders in {@code diagrams/rendered} in step with their merged scripts, so
 * the images diagrams/README.md shows are what the scripts say. Needs no Nova: it re-renders the
 * committed merged scripts, which is deterministic.
 */
class RenderedDiagramsTest {
  private static final Path RENDERED = WsdTestFiles.projectDir().resolve("diagrams/rendered");
  private static final Path SCRIPTS = WsdTestFiles.projectDir().resolve("diagrams/nova");

  static List<Path> mergedScripts() {
    return RegenJob.scripts(RENDERED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mergedScripts")
  void committedSvgIsTheRenderOfTheCommittedMergedScript(Path merged) throws IOException {
    String name = RegenJob.baseName(merged);
    byte[] svg = Renderer.render(PlantUmlWriter.write(WsdReader.read(merged)), merged.toString(), OutputFormat.SVG);
    Path committed = RENDERED.resolve(name + ".svg");
    assertTrue(Files.exists(committed), committed + " is missing; run the regen command in diagrams/README.md");
    assertArrayEquals(Files.readAllBytes(committed), svg,
        committed + " is out of date; run the regen command in diagrams/README.md and commit the result");
  }

  @Test
  void everyAnnotationScriptHasAMergedScriptAndAnImage() throws IOException {
    try (Stream<Path> files = Files.list(RENDERED)) {
      List<String> rendered = files.map(p -> p.getFileName().toString()).sorted().toList();
      List<String> expected = RegenJob.scripts(SCRIPTS).stream()
          .flatMap(p -> Stream.of(RegenJob.baseName(p) + ".svg", RegenJob.baseName(p) + ".wsd"))
          .sorted()
          .toList();
      assertEquals(expected, rendered);
    }
  }
}
