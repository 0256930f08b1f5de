package io.seqtrace.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.error.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which refs are suggested for a mistyped one. */
class RefHintsTest {
  @Test
  void shapes() {
    assertEquals("9.9.9", RefHints.shape("v33.0.0"));
    assertEquals("9.9.9a9", RefHints.shape("12.0.0rc1"));
    assertEquals("a/9.9", RefHints.shape("stable/2023.1"));
  }

  @Test
  void tagsOfTheSameShapeComeFirstThenOtherTagsThenBranches() {
    List<String> tags = List.of("1.0.0a", "2.0.0");
    List<String> refs = List.of("1.0.0a", "1.0.x", "2.0.0", "main");
    assertEquals(List.of("2.0.0", "1.0.0a", "1.0.x"), Suggestions.closest("1.0.0", refs, RefHints.preferring("1.0.0", tags)));
    assertEquals(List.of("2.0.0"), Suggestions.closest("v2.0.0", refs, RefHints.preferring("v2.0.0", tags)));
  }
}
