package io.seqtrace.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.seqtrace.error.InputException;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the WSD reader and writer: {@link WsdReader#parse} may only reject input with an
 * {@link InputException}, and whatever it accepts must survive write, read, write unchanged.
 * Long runs: see README, "Fuzzing".
 */
class WsdFuzzTest {
  @BeforeAll
  static void seedTheFuzzer() {
    FuzzSeeds.installForFuzzing(WsdFuzzTest.class, "parse", seeds());
    FuzzSeeds.installForFuzzing(WsdFuzzTest.class, "roundTrip", seeds());
  }

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) {
    read(input);
  }

  @FuzzTest(maxDuration = "10m")
  void roundTrip(byte[] input) {
    checkRoundTrip(input);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsRoundTrip(Path seed) {
    checkRoundTrip(FuzzSeeds.bytes(seed));
  }

  static List<Path> seeds() {
    return FuzzSeeds.wsd();
  }

  /** The diagram, or null when the reader rejected the script the one allowed way. */
  private static Diagram read(byte[] input) {
    try {
      return WsdReader.parse(new String(input, StandardCharsets.UTF_8), "fuzz.wsd").diagram();
    } catch (InputException expected) {
      return null;
    }
  }

  /** The writer's output is a fixed point: reading it back and writing again gives the same text. */
  private static void checkRoundTrip(byte[] input) {
    Diagram diagram = read(input);
    if (diagram == null) {
      return;
    }
    String once = WsdWriter.write(diagram);
    String twice = WsdWriter.write(WsdReader.read(once, "written.wsd"));
    assertEquals(once, twice);
  }
}
