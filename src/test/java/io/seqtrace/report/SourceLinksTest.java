package io.seqtrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Placeholders and encoding of source links. */
class SourceLinksTest {
  @Test
  void defaultTemplatePointsAtTheTagOnOpendev() {
    SourceLinks links = new SourceLinks(SourceLinks.DEFAULT_TEMPLATE, "33.0.0", "abc");
    assertEquals("https://opendev.org/openstack/nova/src/tag/33.0.0/nova/compute/api.py#L42",
        links.url("nova/compute/api.py", 42));
  }

  @Test
  void everyPlaceholderIsReplacedAndOddCharactersEncoded() {
    SourceLinks links = new SourceLinks("{commit}|{ref}|{path}|{line}", "stable/2023.1", "d5c64e7");
    assertEquals("d5c64e7|stable/2023.1|nova/a%20b%23.py|1", links.url("nova/a b#.py", 0));
  }

  @Test
  void emptyTemplateMeansNoLinks() {
    assertEquals("", new SourceLinks("", "1", "c").url("x.py", 3));
    assertEquals("x.py", Html.link("", "x.py"));
  }

  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.esc("<a href=\"x\">&'"));
  }
}
