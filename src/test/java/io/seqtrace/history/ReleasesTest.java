package io.seqtrace.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.seqtrace.error.InputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which tags a history covers, and in which order. */
class ReleasesTest {
  private static final List<String> TAGS = List.of("9.0.0", "2015.1.0", "12.0.0", "12.0.0.0rc1", "12.0.1",
      "13.0.0", "2025.1", "2025.10", "2025.2", "33.0.0", "31.0.0", "2011.3");

  @Test
  void defaultIsEveryMajorReleaseInVersionOrder() {
    assertEquals(List.of("9.0.0", "12.0.0", "13.0.0", "31.0.0", "33.0.0"),
        Releases.select(TAGS, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void boundsAreInclusiveVersionBounds() {
    assertEquals(List.of("12.0.0", "13.0.0", "31.0.0"),
        Releases.select(TAGS, Optional.empty(), Optional.of("12.0.0"), Optional.of("31.0.0")));
    assertEquals(List.of("13.0.0", "31.0.0", "33.0.0"),
        Releases.select(TAGS, Optional.empty(), Optional.of("12.0.1"), Optional.empty()));
  }

  @Test
  void globPicksOtherSchemes() {
    assertEquals(List.of("2025.1", "2025.2", "2025.10"),
        Releases.select(TAGS, Optional.of("2025.*"), Optional.empty(), Optional.empty()));
    assertEquals(List.of("12.0.0", "12.0.0.0rc1", "12.0.1"),
        Releases.select(TAGS, Optional.of("12.0.*"), Optional.empty(), Optional.empty()));
  }

  @Test
  void nothingLeftIsAnInputError() {
    InputException e = assertThrows(InputException.class,
        () -> Releases.select(TAGS, Optional.of("40.*"), Optional.empty(), Optional.of("33.0.0")));
    assertEquals("no release tags match '40.*' to 33.0.0", e.getMessage());
  }

  @Test
  void versionOrderComparesNumbersAsNumbers() {
    List<String> sorted = List.of("2025.10", "9.0.0", "12.0.0", "2025.2", "12.0.10", "12.0.9").stream()
        .sorted(VersionOrder.INSTANCE).toList();
    assertEquals(List.of("9.0.0", "12.0.0", "12.0.9", "12.0.10", "2025.2", "2025.10"), sorted);
  }
}
