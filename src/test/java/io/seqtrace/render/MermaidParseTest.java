package io.seqtrace.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.regen.RegenJob;
import io.seqtrace.regen.RegenReport;
import io.seqtrace.regen.ScriptReport;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.wsd.WsdReader;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of Mermaid output seqtrace writes goes through the real Mermaid parser: the golden
 * files, the hand-written corpus, and with {@code NOVA_REPO} the well-known operations traced at
 * 12.0.0 and 33.0.0 and the corpus regenerated as Markdown. Skipped, saying why, without Node.
 */
class MermaidParseTest {
  @TempDir Path dir;

  @Test
  void goldenFilesAndCorpusParse() throws IOException {
    assumeParser();
    List<Path> files = new ArrayList<>();
    for (Path fixture : WsdTestFiles.fixtures()) {
      files.add(fixture.resolveSibling(RenderJob.baseName(fixture) + ".mmd"));
    }
    for (String name : MermaidWriterTest.modelDiagrams().keySet()) {
      files.add(MermaidWriterTest.goldenDir().resolve(name + ".mmd"));
    }
    for (Path script : WsdTestFiles.corpusScripts()) {
      Path md = dir.resolve(script.getParent().getFileName() + "-" + RenderJob.baseName(script) + ".md");
      Files.writeString(md, MermaidWriter.markdown(WsdReader.read(script)));
      files.add(md);
    }
    assertEquals(List.of(), MermaidParser.failures(files));
    System.out.println("Mermaid parser accepted " + files.size() + " files");
  }

  @Test
  void wellKnownNovaOperationsAndRegeneratedCorpusParse() throws IOException {
    String repo = System.getenv("NOVA_REPO");
    assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO is not set");
    assumeParser();
    List<Path> files = new ArrayList<>();
    LoadOptions options = new LoadOptions("nova", false, Runtime.getRuntime().availableProcessors(),
        Optional.empty());
    try (GitSource source = GitSource.open(repo, dir.resolve("cache"), ProgressSink.NONE)) {
      for (String ref : List.of("12.0.0", "33.0.0")) {
        Analysis analysis = Analysis.load(source, ref, options, Profile.nova());
        int traced = 0;
        for (Operation op : analysis.engine().operations()) {
          for (String alias : op.aliases()) {
            Path mmd = dir.resolve(ref + "-" + alias + ".mmd");
            Files.writeString(mmd, MermaidWriter.write(analysis.engine().trace(op).diagram()));
            files.add(mmd);
            traced++;
          }
        }
        assertTrue(traced >= 30, ref + ": only " + traced + " well-known operations");
        System.out.println(ref + ": " + traced + " well-known operations written as Mermaid");
        if (ref.equals("33.0.0")) {
          files.addAll(regenerate(analysis, dir.resolve("regen")));
        }
      }
    }
    long start = System.nanoTime();
    assertEquals(List.of(), MermaidParser.failures(files));
    System.out.printf("Mermaid parser accepted %d files in %.1f s%n", files.size(), (System.nanoTime() - start) / 1e9);
  }

  /** {@code regen --format mermaid} of the corpus: every script merged and written as NAME.md. */
  private static List<Path> regenerate(Analysis analysis, Path out) {
    List<Path> scripts = RegenJob.scripts(WsdTestFiles.corpusDir().resolve("nova"));
    assumeTrue(!scripts.isEmpty(), "corpus not found at " + WsdTestFiles.corpusDir());
    List<String> names = new ArrayList<>();
    for (Operation op : analysis.engine().operations()) {
      names.add(op.name());
      names.addAll(op.aliases());
    }
    RegenReport report = new RegenJob(scripts, out, OutputFormat.MERMAID, names,
        name -> analysis.engine().catalog().find(name).map(op -> (Diagram) analysis.engine().trace(op).diagram()),
        analysis.codeFacts()).run();
    List<Path> written = new ArrayList<>();
    for (ScriptReport s : report.scripts()) {
      assertEquals(ScriptReport.Status.MERGED, s.status(), s.script() + " " + s.error());
      Path md = out.resolve(RenderJob.baseName(s.script()) + ".md");
      assertTrue(Files.isRegularFile(md), md::toString);
      written.add(md);
    }
    return written;
  }

  private static void assumeParser() {
    Optional<String> reason = MermaidParser.unavailable();
    assumeTrue(reason.isEmpty(), () -> "Mermaid parser unavailable: " + reason.orElse(""));
  }
}
