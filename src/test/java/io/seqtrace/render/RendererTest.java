package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.error.InputException;
import io.seqtrace.wsd.WsdReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;
import org.junit.jupiter.api.Test;

class RendererTest {
  private static final String SCRIPT = """
      title determinism
      a->+b: hello
      note over b: world
      b->-a: done
      """;

  private static byte[] render(String wsd, OutputFormat format) {
    return Renderer.render(PlantUmlWriter.write(WsdReader.read(wsd, "t.wsd")), "t.wsd", format);
  }

  @Test
  void sameInputGivesSameBytes() {
    assertArrayEquals(render(SCRIPT, OutputFormat.SVG), render(SCRIPT, OutputFormat.SVG));
    assertArrayEquals(render(SCRIPT, OutputFormat.PNG), render(SCRIPT, OutputFormat.PNG));
  }

  @Test
  void pngIsAPng() {
    byte[] png = render(SCRIPT, OutputFormat.PNG);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
  }

  @Test
  void svgCarriesNoEmbeddedSource() {
    String svg = new String(render(SCRIPT, OutputFormat.SVG), StandardCharsets.UTF_8);
    assertFalse(svg.contains("plantuml-src"), "metadata is off");
    assertTrue(svg.contains(">hello<"), svg);
  }

  @Test
  void plantUmlSyntaxErrorNamesTheScriptLine() {
    PlantUmlScript bad = new PlantUmlScript("@startuml\na -> b : ok\nthis is not plantuml\n@enduml\n", List.of(0, 7, 9, 0));
    InputException e = assertThrows(InputException.class, () -> Renderer.render(bad, "x.wsd", OutputFormat.SVG));
    assertEquals("x.wsd:9: PlantUML: Syntax Error? (Assumed diagram type: sequence) in generated line 3: this is not plantuml", e.getMessage());
  }

  @Test
  void sandboxIsOn() {
    render(SCRIPT, OutputFormat.SVG);
    assertEquals(SecurityProfile.SANDBOX, SecurityUtils.getSecurityProfile());
  }

  @Test
  void scriptsCannotReadLocalFiles() throws Exception {
    Path passwd = Path.of("/etc/passwd");
    assumeTrue(Files.isReadable(passwd), "needs a readable /etc/passwd");
    String secret = Files.readAllLines(passwd).get(0);
    String wsd = """
        a->b: <img:/etc/passwd>
        note over a: !include /etc/passwd
        !include /etc/passwd
        b->a: %load_json("/etc/passwd") %getenv("HOME")
        """;
    // The WSD reader rejects a bare !include line, so the last line cannot even reach PlantUML ...
    assertThrows(InputException.class, () -> WsdReader.read(wsd, "evil.wsd"));
    String labelsOnly = wsd.replace("!include /etc/passwd\n" + "b->a", "b->a");
    for (OutputFormat format : List.of(OutputFormat.SVG, OutputFormat.PNG)) {
      String out = new String(render(labelsOnly, format), StandardCharsets.ISO_8859_1);
      assertFalse(out.contains(secret), "file content leaked into " + format);
    }
    // ... and PlantUML source that tries it directly is stopped by the sandbox.
    for (String direct : List.of("!include /etc/passwd", "a -> b : <img:/etc/passwd>",
        "!$x = %load_json(\"/etc/passwd\")\na -> b : $x", "a -> b : %getenv(\"HOME\")")) {
      PlantUmlScript raw = new PlantUmlScript("@startuml\n" + direct + "\n@enduml\n", List.of());
      try {
        String out = new String(Renderer.render(raw, "raw.puml", OutputFormat.SVG), StandardCharsets.UTF_8);
        assertFalse(out.contains(secret), direct);
        assertFalse(out.contains(System.getProperty("user.home")), direct);
      } catch (InputException refused) {
        assertFalse(refused.getMessage().contains(secret), refused.getMessage());
      }
    }
  }
}
