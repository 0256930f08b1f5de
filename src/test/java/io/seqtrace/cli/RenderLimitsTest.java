package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.merge.CodeFacts;
import io.seqtrace.regen.RegenJob;
import io.seqtrace.regen.RegenReport;
import io.seqtrace.regen.ScriptReport;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every path that renders refuses a diagram over the limits, participants counted, before PlantUML
 * sees it (in under 2 seconds); text PlantUML would choke on ({@code $}) renders; messages quote at
 * most a few hundred characters of the input.
 */
class RenderLimitsTest {
  /** The bound for a refusal; reading the script is all the work left before it. */
  private static final Duration REFUSAL = Duration.ofSeconds(2);
  @TempDir Path dir;

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path participants(int n) throws IOException {
    StringBuilder sb = new StringBuilder("title many\n");
    for (int i = 0; i < n; i++) {
      sb.append("participant p").append(i).append('\n');
    }
    return Files.writeString(dir.resolve("many.wsd"), sb.append("p0->p1: x\n"));
  }

  private Path messages(int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("a->b: m").append(i).append('\n');
    }
    return Files.writeString(dir.resolve("long.wsd"), sb);
  }

  @Test
  void renderRefusesTenThousandParticipantsAtOnce() throws IOException {
    Path wsd = participants(10_000);
    Outcome outcome = assertTimeoutPreemptively(REFUSAL, () -> run("render", wsd.toString(), "--out", dir.toString()));
    assertEquals(wsd + ": diagram too large to render (10000 participants > limit 500; raise with"
        + " -Dseqtrace.maxRenderParticipants)\n", outcome.err());
    assertEquals(2, outcome.exit());
    assertFalse(Files.exists(dir.resolve("many.svg")));
  }

  @Test
  void regenRefusesAnUnmatchedScriptOverTheLimitBeforeRenderingIt() throws IOException {
    Path wsd = messages(10_001);
    RegenJob job = new RegenJob(List.of(wsd), dir.resolve("out"), OutputFormat.SVG, List.of("pause"),
        op -> Optional.empty(), CodeFacts.everythingExists());
    RegenReport report = assertTimeoutPreemptively(REFUSAL, job::run);
    ScriptReport script = report.scripts().get(0);
    assertEquals(ScriptReport.Status.FAILED, script.status());
    assertEquals(Optional.of(wsd + ": diagram too large to render (10001 elements > limit 5000; raise with"
        + " -Dseqtrace.maxRenderElements)"), script.error());
    assertEquals(List.of(), Files.list(dir.resolve("out")).toList(), "nothing written");
  }

  @Test
  void regenRefusesTenThousandParticipants() throws IOException {
    Path wsd = participants(10_000);
    RegenJob job = new RegenJob(List.of(wsd), dir.resolve("out"), OutputFormat.SVG, List.of("many"),
        op -> Optional.empty(), CodeFacts.everythingExists());
    ScriptReport script = assertTimeoutPreemptively(REFUSAL, job::run).scripts().get(0);
    assertTrue(script.error().orElseThrow().endsWith("(10000 participants > limit 500; raise with"
        + " -Dseqtrace.maxRenderParticipants)"), script.error().toString());
  }

  @Test
  void regenCommandReportsTheLimitAsOneLine(@TempDir Path repoDir) throws IOException {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"),
        repoDir.resolve("nova.git"));
    Path wsd = messages(5_001);
    Outcome outcome = run("regen", "--repo", repo.dir().toString(), "--ref", "1.0.0", "--cache-dir",
        dir.resolve("cache").toString(), "--scripts", wsd.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, outcome.exit(), outcome.err());
    assertTrue(outcome.err().startsWith(wsd + ": diagram too large to render (5001 elements > limit 5000; raise with"
        + " -Dseqtrace.maxRenderElements)\nregenerated 1 scripts at 1.0.0 ("), outcome.err());
  }

  @Test
  void dollarSignsInLabelsAndNotesRender() throws IOException {
    Path wsd = Files.writeString(dir.resolve("cost.wsd"), "title cost $5\na->b: cost $5\nnote over a: pay $x, $$ and $1\n");
    Outcome outcome = run("render", wsd.toString(), "--out", dir.toString());
    assertEquals("", outcome.err());
    assertEquals(0, outcome.exit());
    String svg = Files.readString(dir.resolve("cost.svg"));
    assertTrue(svg.contains(">cost $5<"), svg);
    assertTrue(svg.contains(">pay $x, $$ and $1<"), svg);
  }

  @Test
  void aHugeBadLineIsQuotedInAFewHundredCharacters() throws IOException {
    Path wsd = Files.writeString(dir.resolve("bad.wsd"), "a->b: ok\n" + "x".repeat(1_000_000) + "\n");
    Outcome outcome = run("render", wsd.toString(), "--out", dir.toString());
    assertEquals(2, outcome.exit());
    assertEquals(wsd + ":2: unrecognised line: '" + "x".repeat(200) + "... (999800 more characters)'\n", outcome.err());
  }

  @Test
  void plantUmlErrorsQuoteTheGeneratedLineInAFewHundredCharacters() throws IOException {
    // PlantUML rejects a line this long; its error used to quote all of it.
    Path wsd = Files.writeString(dir.resolve("label.wsd"), "a->b: " + "$".repeat(100_000) + "\n");
    Outcome outcome = run("render", wsd.toString(), "--out", dir.toString());
    assertEquals(2, outcome.exit());
    assertTrue(outcome.err().startsWith(wsd + ":1: PlantUML: "), outcome.err());
    assertTrue(outcome.err().length() < 600, outcome.err().length() + " characters: " + outcome.err());
    assertTrue(outcome.err().endsWith(" more characters)\n"), outcome.err());
    assertEquals(1, outcome.err().lines().count());
  }
}
