package io.seqtrace.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The closest names to a mistyped one, and how they are worded. */
class SuggestionsTest {
  private static final List<String> OPS = List.of("live_migrate", "os-migrateLive", "pause", "unpause", "migrate",
      "interface-attach", "volume_attach", "lock", "unlock");

  @Test
  void caseAndDashesAreFoldedAndWinOverEverythingElse() {
    assertEquals(List.of("live_migrate"), Suggestions.closest("live-migrate", OPS));
    assertEquals(List.of("pause"), Suggestions.closest("Pause", OPS));
    assertEquals(List.of("interface-attach"), Suggestions.closest("interface_attach", OPS));
    assertEquals(List.of("os-migrateLive"), Suggestions.closest("OS_MIGRATELIVE", OPS));
  }

  @Test
  void onlyTheClosestWithinAThirdOfTheLength() {
    assertEquals(List.of("pause"), Suggestions.closest("paus", OPS));
    assertEquals(List.of("unlock"), Suggestions.closest("unlokc", OPS));
    assertEquals(List.of("lock"), Suggestions.closest("lok", OPS));
    assertEquals(List.of(), Suggestions.closest("frobnicate", OPS));
    assertEquals(List.of(), Suggestions.closest("", OPS));
  }

  @Test
  void wording() {
    assertEquals("did you mean 'a'?", Suggestions.didYouMean(List.of("a")));
    assertEquals("did you mean 'a' or 'b'?", Suggestions.didYouMean(List.of("a", "b")));
    assertEquals("did you mean 'a', 'b' or 'c'?", Suggestions.didYouMean(List.of("a", "b", "c")));
    assertEquals("unknown operation 'paus' at 1.0.0; did you mean 'pause'?",
        Suggestions.unknown("operation", "paus", " at 1.0.0", List.of("pause"), "run 'seqtrace ops' to list them"));
    assertEquals("unknown operation 'x' at 1.0.0 (run 'seqtrace ops' to list them)",
        Suggestions.unknown("operation", "x", " at 1.0.0", List.of(), "run 'seqtrace ops' to list them"));
  }
}
