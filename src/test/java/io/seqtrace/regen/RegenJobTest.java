package io.seqtrace.regen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.merge.CodeFacts;
import io.seqtrace.merge.StaleLines;
import io.seqtrace.merge.Merger;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.wsd.WsdReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenJobTest {
  @TempDir Path dir;

  private static final String PAUSE = """
      title pause a server
      client->nova_api: pause
      nova_api->nova_compute: pause_instance
      nova_compute->libvirt: pause
      """;

  private static Message cast(String from, String to, String method, String function) {
    return new Message(from, to, Arrow.SOLID, Activation.NONE, method, StepKind.CAST, method,
        Optional.of(new SourceAnchor("nova/compute/api.py", 5, function)), Origin.DERIVED, 0);
  }

  private static final Diagram DERIVED_PAUSE = new Diagram("pause", List.of(), List.of(
      cast("nova_api", "nova_compute", "pause_instance", "API.pause"),
      new Message("nova_compute", "nova_compute", Arrow.SOLID, Activation.NONE, "pause.start", StepKind.NOTIFY, "",
          Optional.empty(), Origin.DERIVED, 0)));

  private final Function<String, Optional<Diagram>> deriver =
      op -> op.equals("pause") ? Optional.of(DERIVED_PAUSE) : Optional.empty();

  private RegenJob job(List<Path> inputs, Path out) {
    return new RegenJob(inputs, out, OutputFormat.SVG, List.of("pause", "unpause", "boom"),
        op -> op.equals("boom") ? raise() : deriver.apply(op), CodeFacts.everythingExists());
  }

  private static Optional<Diagram> raise() {
    throw new IllegalStateException("tracer exploded");
  }

  @Test
  void mergesRendersAndReportsEachScriptLeavingInputsAlone() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("pause.wsd"), PAUSE);
    Files.writeString(in.resolve("unpause.wsd"), "nova_api->nova_compute: unpause_instance\n");
    Files.writeString(in.resolve("notes.wsd"), "title my notes\r\na->b: hi\r\n");
    Files.writeString(in.resolve("boom.wsd"), "a->b: hi\n");
    Files.writeString(in.resolve("broken.wsd"), "a->b: hi\nend\n");
    Files.writeString(in.resolve("readme.txt"), "not a script");
    Map<Path, byte[]> before = snapshot(in);
    Path out = dir.resolve("out");

    RegenReport report = job(RegenJob.scripts(in), out).run();

    Map<Path, byte[]> after = snapshot(in);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file::toString));
    List<String> summary = report.scripts().stream()
        .map(s -> s.script().getFileName() + " " + s.status() + " " + s.operation().orElse("-") + " "
            + List.of(s.kept(), s.added(), s.matched(), s.stale()))
        .toList();
    assertEquals(List.of(
        "boom.wsd FAILED boom [0, 0, 0, 0]",
        "broken.wsd FAILED - [0, 0, 0, 0]",
        "notes.wsd UNMATCHED - [0, 0, 0, 0]",
        "pause.wsd MERGED pause [4, 1, 1, 0]",
        "unpause.wsd NOT_DERIVED unpause [0, 0, 0, 0]"), summary);
    assertEquals(List.of(
        Optional.of(in.resolve("boom.wsd") + ": operation boom: java.lang.IllegalStateException: tracer exploded"),
        Optional.of(in.resolve("broken.wsd") + ":2: 'end' without an open fragment")),
        report.scripts().subList(0, 2).stream().map(ScriptReport::error).toList());
    assertEquals(List.of(in.resolve("notes.wsd") + ": no known operation matches the file name or title; rendered as written"),
        report.scripts().get(2).warnings());
    assertEquals(List.of(in.resolve("unpause.wsd") + ": operation unpause could not be derived; rendered as written"),
        report.scripts().get(4).warnings());

    assertEquals("""
        title pause a server
        client->nova_api: pause
        nova_api->nova_compute: pause_instance
        # seqtrace: derived
        note over nova_compute: notify: pause.start
        nova_compute->libvirt: pause
        """, Files.readString(out.resolve("pause.wsd")));
    assertEquals("title my notes\na->b: hi\n", Files.readString(out.resolve("notes.wsd")));
    assertEquals("nova_api->nova_compute: unpause_instance\n", Files.readString(out.resolve("unpause.wsd")));
    byte[] expectedSvg = Renderer.render(PlantUmlWriter.write(new Merger()
        .merge(WsdReader.read(PAUSE, "p"), DERIVED_PAUSE, StaleLines.none()).merged()),
        "p", OutputFormat.SVG);
    assertArrayEquals(expectedSvg, Files.readAllBytes(out.resolve("pause.svg")));
    assertEquals(List.of("notes.svg", "notes.wsd", "pause.svg", "pause.wsd", "unpause.svg", "unpause.wsd"),
        snapshot(out).keySet().stream().map(p -> p.getFileName().toString()).sorted().toList());
    assertTrue(!report.ok());
  }

  @Test
  void aDanglingLinkIsReportedNotSkipped() throws IOException {
    Path in = Files.createDirectories(dir.resolve("links"));
    Files.writeString(in.resolve("pause.wsd"), PAUSE);
    Files.createSymbolicLink(in.resolve("gone.wsd"), in.resolve("nowhere.wsd"));
    RegenReport report = job(RegenJob.scripts(in), dir.resolve("links-out")).run();
    assertEquals(List.of("gone.wsd FAILED", "pause.wsd MERGED"),
        report.scripts().stream().map(s -> s.script().getFileName() + " " + s.status()).toList());
    assertEquals(Optional.of(in.resolve("gone.wsd") + ": dangling symbolic link (to " + in.resolve("nowhere.wsd") + ")"),
        report.scripts().get(0).error());
  }

  @Test
  void anotherProjectsScriptIsRenderedAsWritten() throws IOException {
    Path script = Files.writeString(dir.resolve("create_cluster.wsd"), """
        title create a new CDH cluster
        client->sahara_api: create
        sahara_api->sahara_engine: create_cluster
        """);
    RegenJob nova = new RegenJob(List.of(script), dir.resolve("sahara-out"), OutputFormat.SVG,
        new ScriptMatcher(List.of("create"), Map.of(), new ProjectOfScript("nova", java.util.Set.of("client", "database"))),
        op -> { throw new AssertionError("derived " + op); }, StaleLines.none(), "1.0.0");
    ScriptReport report = nova.run().scripts().get(0);
    assertEquals(ScriptReport.Status.UNMATCHED, report.status());
    assertEquals(List.of(script + ": draws another project (its lifelines sahara_api, sahara_engine are services of "
        + "sahara, not of nova); rendered as written"), report.warnings());
  }

  @Test
  void runningTwiceGivesTheSameBytes() throws IOException {
    Path script = Files.writeString(dir.resolve("pause.wsd"), PAUSE);
    job(List.of(script), dir.resolve("a")).run();
    job(List.of(script), dir.resolve("b")).run();
    for (String name : List.of("pause.wsd", "pause.svg")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)), Files.readAllBytes(dir.resolve("b").resolve(name)));
    }
  }

  @Test
  void refusesToWriteOverItsInput() throws IOException {
    Path script = Files.writeString(dir.resolve("pause.wsd"), PAUSE);
    RegenReport report = job(List.of(script), dir).run();
    assertEquals(Optional.of(script + ": output " + script + " is the input itself; choose another output directory"),
        report.scripts().get(0).error());
    assertEquals(PAUSE, Files.readString(script));
  }

  private static Map<Path, byte[]> snapshot(Path root) throws IOException {
    Map<Path, byte[]> files = new HashMap<>();
    try (var walk = Files.list(root)) {
      for (Path p : walk.toList()) {
        files.put(p, Files.readAllBytes(p));
      }
    }
    return files;
  }
}
