package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit codes are a documented contract (README "Exit codes", {@code seqtrace --help}). */
class ExitCodeTest {
  @Test
  void numbersNeverChange() {
    assertEquals(List.of("OK=0", "PROBLEMS=1", "USAGE=2"),
        Arrays.stream(ExitCode.values()).map(c -> c.name() + "=" + c.code()).toList());
  }
}
