package io.seqtrace.merge;

import static io.seqtrace.merge.Steps.self;
import static io.seqtrace.merge.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import io.seqtrace.wsd.WsdWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Merges a small fake derivation into every Nova corpus script; nothing written by hand may be lost. Skipped without the corpus. */
class MergeCorpusTest {

  /** Three steps named after the file, as a tracer would derive them for that operation. */
  private static Diagram fakeDerived(String operation) {
    return new Diagram(operation, List.of(), List.of(
        step(StepKind.REQUEST, "client", "nova_api", operation, "nova/api/openstack/compute/servers.py", "ServersController." + operation),
        step(StepKind.CAST, "nova_api", "nova_compute", operation + "_instance", "nova/compute/api.py", "API." + operation),
        self(StepKind.NOTIFY, "nova_compute", operation + ".start", "nova/compute/manager.py", "ComputeManager." + operation + "_instance")));
  }

  @Test
  void everyHandWrittenMessageAndNoteSurvivesInOrder() {
    List<Path> scripts = WsdTestFiles.corpusScripts().stream()
        .filter(p -> p.getParent().getFileName().toString().equals("nova"))
        .toList();
    assumeTrue(!scripts.isEmpty(), "corpus not found at " + WsdTestFiles.corpusDir());
    Merger merger = new Merger();
    StaleLines noFunctions = StaleLines.none();
    long total = 0;
    int handSteps = 0;
    List<String> lines = new ArrayList<>();
    for (Path script : scripts) {
      Diagram diagram = WsdReader.read(script);
      String operation = script.getFileName().toString().replace(".wsd", "");
      long start = System.nanoTime();
      MergeResult result = merger.merge(diagram, fakeDerived(operation), noFunctions);
      String written = WsdWriter.write(result.merged());
      total += System.nanoTime() - start;

      List<String> before = steps(diagram.elements());
      List<String> after = steps(WsdReader.read(written, "merged " + script).elements());
      assertTrue(isSubsequence(before, after), () -> script + ": a hand-written message or note was lost or moved");
      assertEquals(before.size() + result.added(), after.size(), script::toString);
      handSteps += before.size();
      lines.add(String.format(Locale.ROOT, "  %-24s kept %4d  added %d  matched %d  stale %2d",
          script.getFileName(), result.kept(), result.added(), result.matched(), result.stale()));
    }
    System.out.printf(Locale.ROOT, "Merged %d Nova scripts (%d hand-written messages and notes, all kept) in %.1f ms%n",
        scripts.size(), handSteps, total / 1e6);
    lines.forEach(System.out::println);
  }

  /** Messages and notes as text, in reading order, fragments included; derived self-steps read back as notes. */
  private static List<String> steps(List<Element> body) {
    List<String> out = new ArrayList<>();
    for (Element e : body) {
      if (e instanceof Element.Message m) {
        out.add(m.from() + m.arrow().token() + m.activation().token() + m.to() + ": " + m.label());
      } else if (e instanceof Element.Note n) {
        out.add("note " + n.position().keyword() + " " + n.participants() + ": " + n.text().strip());
      } else if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> out.addAll(steps(b.elements())));
      }
    }
    return out;
  }

  private static boolean isSubsequence(List<String> part, List<String> whole) {
    int i = 0;
    for (String s : whole) {
      if (i < part.size() && part.get(i).equals(s)) {
        i++;
      }
    }
    return i == part.size();
  }
}
