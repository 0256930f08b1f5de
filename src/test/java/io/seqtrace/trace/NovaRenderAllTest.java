package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.error.InputException;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.source.GitSource;
import io.seqtrace.testing.RealRepos;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every derived diagram renders: each operation of real Nova, written as a WSD script the way
 * {@code trace --format wsd} writes it, read back the way {@code render} reads it, and drawn by
 * PlantUML, at the default level of detail and in full. Runs only when {@code NOVA_REPO} names a
 * Nova clone with its tags; a failure lists every operation that could not be drawn.
 */
class NovaRenderAllTest {

  private static GitSource source;

  @BeforeAll
  static void open() {
    source = RealRepos.open("NOVA_REPO");
  }

  @AfterAll
  static void close() {
    Optional.ofNullable(source).ifPresent(GitSource::close);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.0.0", "31.0.0", "33.0.0"})
  void everyOperationRenders(String ref) {
    Analysis at = Analysis.load(source, ref, LoadOptions.defaults().withPathPrefix("nova"), Profile.nova());
    List<String> failures = new ArrayList<>();
    int drawn = 0;
    for (Operation op : at.engine().operations()) {
      TraceResult full = at.engine().trace(op);
      for (Detail detail : new Detail[] {Detail.DEFAULT, Detail.FULL}) {
        String script = WsdWriter.write(detail.apply(full, Profile.nova()).diagram());
        String name = op.name() + ".wsd (" + detail + ")";
        try {
          byte[] svg = Renderer.render(PlantUmlWriter.write(WsdReader.read(script, name)), name, OutputFormat.SVG);
          assertTrue(new String(svg, java.nio.charset.StandardCharsets.UTF_8).contains("<svg"), name);
          drawn++;
        } catch (InputException e) {
          failures.add(e.getMessage());
        }
      }
    }
    assertEquals(List.of(), failures);
    assertEquals(at.engine().operations().size() * 2, drawn);
  }
}
