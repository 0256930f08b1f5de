package io.seqtrace.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.seqtrace.python.ParseResult;
import io.seqtrace.python.PythonSourceParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Python lexer, parser and model builder: {@link PythonSourceParser#parse} must return a
 * result for any text and never throw. Long runs: see README, "Fuzzing".
 */
class PythonParserFuzzTest {
  private static final PythonSourceParser PARSER = new PythonSourceParser();

  @BeforeAll
  static void seedTheFuzzer() {
    FuzzSeeds.installForFuzzing(PythonParserFuzzTest.class, "parse", seeds());
  }

  /** Crash reproducers live in {@code src/test/resources/io/seqtrace/fuzz/PythonParserFuzzTestInputs/parse/}. */
  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    check(input);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsParse(Path seed) {
    check(FuzzSeeds.bytes(seed));
  }

  static List<Path> seeds() {
    return FuzzSeeds.python();
  }

  /** Any exception or error escaping here is a finding; decoding is lenient because the parser takes text. */
  private static void check(byte[] input) {
    ParseResult result = PARSER.parse("fuzz.py", "fuzz", new String(input, StandardCharsets.UTF_8));
    assertNotNull(result.module());
  }
}
