package io.seqtrace.regen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regenerates the hand-written Nova corpus at 12.0.0 against real Nova ({@code NOVA_REPO}), timing it. */
class NovaRegenTest {
  @TempDir Path dir;

  @Test
  void regeneratesEveryCorpusScriptKeepingEveryNote() throws IOException {
    String repo = System.getenv("NOVA_REPO");
    assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO is not set");
    Path corpus = WsdTestFiles.projectDir().resolve("../shared/corpus/openstack-workflow/src/nova").normalize();
    assumeTrue(Files.isDirectory(corpus), "corpus not found at " + corpus);
    List<Path> scripts = RegenJob.scripts(corpus);
    Map<Path, byte[]> before = new HashMap<>();
    for (Path p : scripts) {
      before.put(p, Files.readAllBytes(p));
    }
    Path out = dir.resolve("out");

    long start = System.nanoTime();
    RegenReport report;
    try (GitSource source = GitSource.open(repo, dir.resolve("cache"), ProgressSink.NONE)) {
      Analysis analysis = Analysis.load(source, "12.0.0", new LoadOptions("nova", false,
          Runtime.getRuntime().availableProcessors(), Optional.empty()), Profile.nova());
      List<String> names = new ArrayList<>();
      for (Operation op : analysis.engine().operations()) {
        names.add(op.name());
        names.addAll(op.aliases());
      }
      report = new RegenJob(scripts, out, OutputFormat.SVG, names,
          name -> analysis.engine().catalog().find(name).map(op -> analysis.engine().trace(op).diagram()),
          analysis.codeFacts()).run();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    assertEquals(33, scripts.size());
    int notesIn = 0;
    int notesOut = 0;
    int added = 0;
    for (ScriptReport s : report.scripts()) {
      assertEquals(ScriptReport.Status.MERGED, s.status(), s.script() + " " + s.error());
      String name = RegenJob.baseName(s.script());
      assertTrue(Files.size(out.resolve(name + ".svg")) > 0, name);
      int in = notes(Files.readString(s.script()));
      int kept = notes(Files.readString(out.resolve(name + ".wsd")));
      // Every hand-written note line is in the output, word for word but for spacing (derived notes come on top).
      java.util.Map<String, Long> outLines = Files.readString(out.resolve(name + ".wsd")).lines()
          .map(NovaRegenTest::squeeze).collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
      java.util.Map<String, Long> noteLines = Files.readString(s.script()).lines().map(String::strip)
          .filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("note ")).map(NovaRegenTest::squeeze)
          .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
      noteLines.forEach((line, count) -> assertTrue(outLines.getOrDefault(line, 0L) >= count,
          name + ": hand-written note lost: " + line));
      assertTrue(kept >= in, name + ": " + kept + " notes out of " + in);
      notesIn += in;
      notesOut += kept;
      added += s.added();
    }
    assertTrue(Files.readString(out.resolve("pause.wsd")).contains("pause_instance"));
    for (Path p : scripts) {
      assertArrayEquals(before.get(p), Files.readAllBytes(p), p.toString());
    }
    System.out.printf("regen of %d corpus scripts at 12.0.0: %.2f s (%.0f ms per diagram, analysis included); "
            + "hand notes %d, notes out %d; %.1f steps added per script%n",
        scripts.size(), seconds, seconds * 1000 / scripts.size(), notesIn, notesOut, (double) added / scripts.size());
  }

  /** A line without its white space: the writer may space `note over a:text` as `note over a: text`. */
  private static String squeeze(String line) {
    return line.replaceAll("\\s+", "");
  }

  /** Lines that start a note, hand-written or derived. */
  private static int notes(String script) {
    return (int) script.lines().filter(l -> l.strip().toLowerCase(java.util.Locale.ROOT).startsWith("note ")).count();
  }
}
