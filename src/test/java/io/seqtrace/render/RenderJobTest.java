package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderJobTest {
  @TempDir Path dir;

  @Test
  void oneBadScriptDoesNotStopTheOthers() throws IOException {
    Path good = Files.writeString(dir.resolve("good.wsd"), "a->b: hi\n");
    Path bad = Files.writeString(dir.resolve("bad.wsd"), "a->b: hi\nend\n");
    Path missing = dir.resolve("missing.wsd");
    Path other = Files.writeString(dir.resolve("other.wsd"), "b->a: bye\n");
    Path out = dir.resolve("out");

    RenderJob.Report report = new RenderJob(List.of(good, bad, missing, other), OutputFormat.PNG, out).run();

    assertEquals(List.of(out.resolve("good.png"), out.resolve("other.png")), report.written());
    assertEquals(List.of(bad, missing), report.failures().stream().map(RenderJob.Failure::input).toList());
    assertEquals(bad + ":2: 'end' without an open fragment", report.failures().get(0).message());
    assertEquals(missing + ": no such file", report.failures().get(1).message());
    assertTrue(Files.size(out.resolve("good.png")) > 0);
  }

  @Test
  void warningsAreReportedAndTheImageStillWritten() throws IOException {
    Path open = Files.writeString(dir.resolve("open.wsd"), "alt x\na->b: hi\n");
    RenderJob.Report report = new RenderJob(List.of(open), OutputFormat.SVG, dir).run();
    assertEquals(List.of(dir.resolve("open.svg")), report.written());
    assertEquals(List.of(open + ":2: unclosed 'alt' opened at line 1 (closed at end of script)"), report.warnings());
    assertTrue(report.ok());
  }

  @Test
  void twoScriptsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
    Path one = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.wsd"), "a->b: 1\n");
    Path two = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.wsd"), "a->b: 2\n");
    RenderJob.Report report = new RenderJob(List.of(one, two), OutputFormat.SVG, dir).run();
    assertEquals(List.of(dir.resolve("x.svg")), report.written());
    assertEquals(two + ": output " + dir.resolve("x.svg") + " would overwrite the image of " + one,
        report.failures().get(0).message());
  }
}
