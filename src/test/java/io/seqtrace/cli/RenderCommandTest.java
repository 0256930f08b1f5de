package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new RenderCommand());
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void rendersAndExitsZero() throws IOException {
    Path wsd = Files.writeString(dir.resolve("pause.wsd"), "a->b: pause\n");
    assertEquals(0, run(wsd.toString(), "--format", "SVG", "--out", dir.resolve("img").toString()));
    assertTrue(Files.readString(dir.resolve("img/pause.svg")).contains("pause"));
    assertEquals(dir.resolve("img/pause.svg") + System.lineSeparator(), out.toString());
  }

  @Test
  void badInputExitsTwoWithTheDiagnosticAndNoStackTrace() throws IOException {
    Path wsd = Files.writeString(dir.resolve("bad.wsd"), "a->: x\n");
    assertEquals(2, run(wsd.toString(), "--out", dir.toString()));
    assertEquals(wsd + ":1: message has no target after '->'" + System.lineSeparator(), err.toString());
  }

  @Test
  void unknownFormatIsAUsageError() throws IOException {
    Path wsd = Files.writeString(dir.resolve("a.wsd"), "a->b: x\n");
    assertEquals(2, run(wsd.toString(), "--format", "gif"));
    assertTrue(err.toString().contains("--format must be svg, png or mermaid, not 'gif'"), err.toString());
  }
}
