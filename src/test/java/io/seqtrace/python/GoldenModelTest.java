package io.seqtrace.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.model.ModelPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code src/test/resources/python/X.py} parses without errors to the model in {@code X.txt}.
 *
 * <p>A missing golden file is written and the test fails, asking for it to be reviewed and committed.
 */
class GoldenModelTest {

  private static final Path DIR = Path.of("src/test/resources/python");

  static Stream<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void parsesToGoldenModel(Path source) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    ParseResult result = new PythonSourceParser().parse(source.getFileName().toString(), "fixture", text);
    assertTrue(result.ok(), () -> "unexpected syntax errors: " + result.errors());
    String actual = ModelPrinter.print(result.module());
    Path golden = Path.of(source.toString().replaceAll("\\.py$", ".txt"));
    if (!Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      fail("wrote missing golden file " + golden + "; review and commit it");
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
