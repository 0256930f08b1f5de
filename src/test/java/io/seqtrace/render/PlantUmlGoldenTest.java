package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each {@code src/test/resources/wsd/X.wsd} has its PlantUML translation in {@code X.puml}
 * beside it. A missing golden file is written and the test fails, asking for a review.
 */
class PlantUmlGoldenTest {

  static List<Path> fixtures() {
    List<Path> fixtures = WsdTestFiles.fixtures();
    assertFalse(fixtures.isEmpty(), "no fixtures in " + WsdTestFiles.fixtureDir());
    return fixtures;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void translationMatchesGoldenFile(Path fixture) throws IOException {
    PlantUmlScript puml = PlantUmlWriter.write(WsdReader.read(fixture));
    Path golden = fixture.resolveSibling(RenderJob.baseName(fixture) + ".puml");
    if (!Files.exists(golden)) {
      AtomicFiles.writeString(golden, puml.text());
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden), puml.text());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void translationIsValidPlantUml(Path fixture) throws Exception {
    byte[] svg = Renderer.render(PlantUmlWriter.write(WsdReader.read(fixture)), fixture.toString(), OutputFormat.SVG);
    CorpusTest.svgText(svg);
  }
}
