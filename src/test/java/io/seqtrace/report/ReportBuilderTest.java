package io.seqtrace.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.InputException;
import io.seqtrace.testing.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's pages on the mininova fixture: one per operation, links, escaping, comparison, findings. */
class ReportBuilderTest {
  private static final String TEMPLATE = "https://code.example/{ref}/{commit}/{path}#L{line}";
  @TempDir static Path shared;
  @TempDir Path dir;
  private static TestRepo repo;

  @BeforeAll
  static void buildRepo() {
    repo = MiniNovaReport.repo(shared);
  }

  private ReportResult report(Optional<String> from, List<String> ops) throws IOException {
    return MiniNovaReport.write(repo, shared,
        MiniNovaReport.config(dir.resolve("out"), "2.0.0", from, ops, TEMPLATE), FindingSource.NONE);
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve("out").resolve(path));
  }

  @Test
  void writesOnePagePerOperationAndLinksEachFromTheIndex() throws IOException {
    ReportResult result = report(Optional.empty(), List.of());
    assertTrue(result.operations().size() >= 10, "mininova has many operations: " + result.operations().size());
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir.resolve("out/ops"))) {
      pages = files.sorted().toList();
    }
    assertEquals(result.operations().size(), pages.size());
    String index = read("index.html");
    for (OperationReport op : result.operations()) {
      assertTrue(index.contains("href=\"ops/" + op.fileName() + ".html\""), op.fileName());
      assertTrue(Files.exists(dir.resolve("out/ops/" + op.fileName() + ".html")));
    }
    assertTrue(index.contains("<title>seqtrace: mininova at 2.0.0</title>"));
    assertTrue(index.contains(repo.commits().get(2)), "the index names the commit");
  }

  @Test
  void selectedOperationsOnlyAndUnknownOnesAreInputErrors() throws IOException {
    ReportResult result = report(Optional.empty(), List.of("pause", "live_migrate"));
    assertEquals(List.of("pause", "os-migrateLive"), result.operations().stream().map(o -> o.operation().name()).toList());
    assertEquals(3, result.written().size());
    InputException e = assertThrows(InputException.class, () -> report(Optional.empty(), List.of("levitate")));
    assertEquals("unknown operation 'levitate' at 2.0.0 (run 'seqtrace ops' to list them)", e.getMessage());
  }

  @Test
  void stepsLinkToTheSourceThroughTheTemplate() throws IOException {
    report(Optional.empty(), List.of("pause"));
    String page = read("ops/pause.html");
    String commit = repo.commits().get(2);
    assertTrue(page.contains("href=\"https://code.example/2.0.0/" + commit + "/nova/compute/api.py#L"), page);
    assertTrue(page.contains("<svg"), "the diagram is inline");
    assertFalse(page.contains("<?xml"), "no XML prolog inside HTML");
    assertTrue(page.contains("class=\"badge k-cast\""), "pause casts to compute");
    assertFalse(page.contains("<script"), "operation pages need no script");
    assertFalse(page.contains("http://") && page.contains("<link"), "no external resources");
  }

  @Test
  void comparisonShowsBothRevisions() throws IOException {
    report(Optional.of("1.0.0"), List.of("pause"));
    String page = read("ops/pause.html");
    assertTrue(page.contains("Compared with 1.0.0"));
    assertEquals(3, page.split("<svg", -1).length - 1, "main diagram plus the two side by side");
    assertTrue(page.indexOf("id=\"compare\"") < page.indexOf("id=\"steps\""), "the comparison comes before the step table");
  }

  @Test
  void indexListsWellKnownOperationsFirstByAliasThenTheRestGroupedByController() throws IOException {
    report(Optional.empty(), List.of());
    String index = read("index.html");
    int wellKnown = index.indexOf("<tr class=\"group\"><td colspan=\"6\">Well-known operations</td></tr>");
    assertTrue(wellKnown > 0, index);
    // live_migrate is shown by its alias, with its API name under it, and sorted by the alias.
    int liveMigrate = index.indexOf(">live_migrate</a><br><span class=\"arrow mono\">os-migrateLive</span>");
    int lock = index.indexOf(">lock</a><br><span class=\"arrow mono\">lock</span>");
    int pause = index.indexOf(">pause</a>");
    assertTrue(wellKnown < liveMigrate && liveMigrate < pause, index);
    assertEquals(-1, lock, "no API name under an alias that is the API name");
    // Every other operation comes after the well-known ones, under its controller's heading.
    List<String> groups = index.lines().filter(l -> l.startsWith("<tr class=\"group\">")).toList();
    assertEquals("<tr class=\"group\"><td colspan=\"6\">Well-known operations</td></tr>", groups.get(0));
    assertTrue(groups.size() > 1, index);
  }

  @Test
  void wideDiagramsScrollInsteadOfShrinkingOrBeingCutOff() throws IOException {
    report(Optional.of("1.0.0"), List.of("pause"));
    String page = read("ops/pause.html");
    assertTrue(page.contains(".diagram svg { display:block; max-width:none !important; }"), page);
    assertTrue(page.contains("overflow:auto"), page);
    assertFalse(page.contains("width:100% !important"), "side-by-side diagrams are no longer squeezed");
  }

  @Test
  void anOperationWhosePictureCannotBeDrawnStillGetsAPageWithTheReason() throws IOException {
    io.seqtrace.trace.Operation pause = report(Optional.empty(), List.of("pause")).operations().get(0).operation();
    io.seqtrace.trace.TraceResult empty = new io.seqtrace.trace.TraceResult(pause,
        new io.seqtrace.sequence.Diagram("x", List.of(), List.of()), List.of(), List.of(), false);
    OperationReport op = new OperationReport("x", empty, List.of(), new DiagramSvg("", "x.wsd:3: too large"),
        Optional.empty(), List.of());
    String page = OperationPage.write(MiniNovaReport.config(dir.resolve("out"), "2.0.0", Optional.empty(), List.of(), TEMPLATE),
        op, new SourceLinks(TEMPLATE, "2.0.0", "c0ffee"), false);
    assertTrue(page.contains("<p class=\"error\">Could not draw the diagram: x.wsd:3: too large</p>"), page);
  }

  @Test
  void sameInputSameBytesAndForeignFilesSurvive() throws IOException {
    Path foreign = dir.resolve("out/ops/notes.txt");
    Files.createDirectories(foreign.getParent());
    Files.writeString(foreign, "mine");
    report(Optional.empty(), List.of("pause"));
    byte[] first = Files.readAllBytes(dir.resolve("out/ops/pause.html"));
    report(Optional.empty(), List.of("pause"));
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("out/ops/pause.html")));
    assertEquals("mine", Files.readString(foreign));
  }

  @Test
  void everythingFromOutsideIsEscaped() throws IOException {
    ReportConfig config = new ReportConfig("<b>repo</b> & \"co\"", "2.0.0", Optional.empty(), List.of("pause"),
        dir.resolve("out"), "https://x/{path}?a=1&b=<{line}>");
    MiniNovaReport.write(repo, shared, config, FindingSource.NONE);
    String index = read("index.html");
    assertTrue(index.contains("&lt;b&gt;repo&lt;/b&gt; &amp; &quot;co&quot;"));
    assertFalse(index.contains("<b>repo"));
    assertTrue(index.contains("href=\"https://x/nova/api/openstack/compute/pause_server.py?a=1&amp;b=&lt;"), index);
  }

  @Test
  void scriptsDirectoryListsTheScriptsOfEachOperation() throws IOException {
    Path scripts = dir.resolve("scripts");
    Files.createDirectories(scripts);
    Files.writeString(scripts.resolve("pause.wsd"), "a->b: pause\n");
    Files.writeString(scripts.resolve("live_migrate.wsd"), "a->b: x\n");
    ReportConfig config = MiniNovaReport.config(dir.resolve("out"), "2.0.0", Optional.empty(),
        List.of("pause", "unpause"), TEMPLATE);
    MiniNovaReport.writeWith(repo, shared, config, at -> new CheckFindings(
        new io.seqtrace.check.ScriptChecker(at, Optional.empty(), io.seqtrace.trace.Profile.nova()).check("2.0.0", io.seqtrace.check.ScriptChecker.scripts(scripts))));
    String pause = read("ops/pause.html");
    assertTrue(pause.contains("<td class=\"mono\">pause.wsd:1</td>"), pause);
    assertTrue(pause.contains("hop-missing: cast nova_api -&gt; nova_compute: pause_instance is not in the script"), pause);
    assertTrue(read("ops/unpause.html").contains("No script in the scripts directory draws this operation."));
  }
}
