package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import io.seqtrace.wsd.WsdWriter;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The 34 hand-written openstack-workflow scripts: parse, round trip, render. Skipped without the corpus. */
class CorpusTest {
  private static List<Path> scripts;

  @BeforeAll
  static void corpus() {
    scripts = WsdTestFiles.corpusScripts();
    assumeTrue(!scripts.isEmpty(), "corpus not found at " + WsdTestFiles.corpusDir());
  }

  @Test
  void allScriptsAreThere() {
    assertEquals(34, scripts.size(), scripts::toString);
  }

  @Test
  void writingWhatWasReadReproducesTheScript() {
    for (Path script : scripts) {
      String text = WsdTestFiles.read(script);
      WsdReader.Result parsed = WsdReader.parse(text, script.toString());
      // A fragment the author left open (nova/shelve.wsd) is closed where the script ends.
      parsed.warnings().forEach(w -> System.out.println("warning: " + w));
      String expected = normalise(text + (text.endsWith("\n") ? "" : "\n") + "end\n".repeat(parsed.warnings().size()));
      assertEquals(expected, normalise(WsdWriter.write(parsed.diagram())), script::toString);
    }
  }

  @Test
  void readingWhatWasWrittenGivesTheSameDiagram() {
    for (Path script : scripts) {
      Diagram once = WsdReader.read(script);
      Diagram twice = WsdReader.read(WsdWriter.write(once), "written");
      assertEquals(WsdTestFiles.withoutLines(once), WsdTestFiles.withoutLines(twice), script::toString);
    }
  }

  @Test
  void everyScriptRendersToSvgShowingEveryLabel() throws Exception {
    long total = 0;
    List<String> timings = new ArrayList<>();
    // Warm-up outside the measurement: the first render loads fonts and PlantUML's skins.
    Renderer.render(PlantUmlWriter.write(WsdReader.read("a->b: warm up", "warm-up")), "warm-up", OutputFormat.SVG);
    for (Path script : scripts) {
      Diagram diagram = WsdReader.read(script);
      long start = System.nanoTime();
      byte[] svg = Renderer.render(PlantUmlWriter.write(diagram), script.toString(), OutputFormat.SVG);
      long nanos = System.nanoTime() - start;
      total += nanos;
      timings.add(String.format(Locale.ROOT, "  %-32s %6.1f ms", script.getFileName(), nanos / 1e6));
      String shown = words(svgText(svg));
      for (String label : labels(diagram.elements())) {
        for (String word : words(label).split(" ")) {
          assertTrue(shown.contains(word), () -> script + ": '" + word + "' of '" + label + "' missing in SVG");
        }
      }
    }
    System.out.printf(Locale.ROOT, "Rendered %d corpus scripts to SVG in %.0f ms (%.1f ms per diagram)%n",
        scripts.size(), total / 1e6, total / 1e6 / scripts.size());
    timings.forEach(System.out::println);
  }

  /** The text of every {@code <text>} element, parsed with the JDK's XML parser (which also proves well-formedness). */
  static String svgText(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    NodeList texts = doc.getElementsByTagName("text");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < texts.getLength(); i++) {
      sb.append(texts.item(i).getTextContent()).append(' ');
    }
    return sb.toString();
  }

  /** Message, note and guard texts, recursively. */
  static List<String> labels(List<Element> elements) {
    List<String> labels = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        labels.add(m.label());
      } else if (e instanceof Element.Note n) {
        labels.add(n.text());
      } else if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> {
          labels.add(b.guard());
          labels.addAll(labels(b.elements()));
        });
      }
    }
    return labels.stream().filter(l -> !l.isBlank()).toList();
  }

  /** Words only: PlantUML wraps long labels and turns spaces into no-break spaces. */
  static String words(String text) {
    String plain = text.replace("\\n", " ").replace('\u00a0', ' ');
    return " " + Arrays.stream(plain.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" ")) + " ";
  }

  /** Insignificant whitespace: indentation, trailing blanks, runs of blanks, blanks around ':' '->' ',' and after '#'. */
  static String normalise(String script) {
    return script.lines()
        .map(l -> l.strip().replaceAll("\\s+", " ")
            .replaceAll(" ?(:|-->>|->>|-->|->|,) ?", "$1")
            .replaceAll("^(#+) ", "$1"))
        .collect(Collectors.joining("\n"))
        .strip();
  }
}
