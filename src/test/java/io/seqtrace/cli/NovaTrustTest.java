package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.check.CheckReport;
import io.seqtrace.check.Finding;
import io.seqtrace.check.FindingKind;
import io.seqtrace.check.ScriptCheck;
import io.seqtrace.check.ScriptChecker;
import io.seqtrace.check.ScriptRules;
import io.seqtrace.check.ScriptStatus;
import io.seqtrace.diff.DiffText;
import io.seqtrace.diff.OperationDiff;
import io.seqtrace.diff.StepChange;
import io.seqtrace.diff.Steps;
import io.seqtrace.diff.WorkflowDiff;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.regen.ProjectOfScript;
import io.seqtrace.regen.RegenJob;
import io.seqtrace.regen.RegenReport;
import io.seqtrace.regen.ScriptFiles;
import io.seqtrace.regen.ScriptMatcher;
import io.seqtrace.regen.ScriptReport;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Flattened;
import io.seqtrace.sequence.Replies;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.ProgressSink;
import io.seqtrace.trace.Profile;
import io.seqtrace.wsd.WsdReader;
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

/**
 * What makes regen, check and diff trustworthy, measured on the public openstack-workflow corpus
 * against real Nova at 12.0.0 and 33.0.0 ({@code NOVA_REPO}): no request/reply pair split, every
 * hand-written note kept, regen's stale verdict equal to check's, Sahara's script not merged, check
 * findings only in script bodies and never on replies, and diff pairs that keep their ends.
 */
class NovaTrustTest {
  private static final List<String> REFS = List.of("12.0.0", "33.0.0");

  @TempDir Path dir;

  @Test
  void regenCheckAndDiffOnTheCorpus() throws IOException {
    String repo = System.getenv("NOVA_REPO");
    assumeTrue(repo != null && !repo.isBlank(), "NOVA_REPO is not set");
    Path corpus = WsdTestFiles.projectDir().resolve("../shared/corpus/openstack-workflow/src").normalize();
    assumeTrue(Files.isDirectory(corpus.resolve("nova")), "corpus not found at " + corpus);
    List<Path> scripts = new ArrayList<>(ScriptFiles.list(corpus.resolve("nova")));
    scripts.add(corpus.resolve("sahara/create_cluster.wsd"));
    Path cache = Path.of(System.getenv().getOrDefault("SEQTRACE_CACHE", dir.resolve("cache").toString()));
    Map<String, Analysis> analyses = new HashMap<>();
    try (GitSource source = GitSource.open(repo, cache, ProgressSink.NONE)) {
      for (String ref : REFS) {
        Analysis at = Analysis.load(source, ref, new LoadOptions("nova", false,
            Runtime.getRuntime().availableProcessors(), Optional.empty()), Profile.nova());
        analyses.put(ref, at);
        regenAgreesWithCheck(ref, at, scripts);
      }
    }
    diffPairsKeepTheirEnds(analyses.get("12.0.0"), analyses.get("33.0.0"));
  }

  private void regenAgreesWithCheck(String ref, Analysis at, List<Path> scripts) throws IOException {
    ScriptMatcher matcher = new ScriptMatcher(OperationDeriver.knownNames(at.engine()), Map.of(),
        ProjectOfScript.of(Profile.nova()));
    Path out = dir.resolve("out-" + ref);
    RegenReport regen = new RegenJob(scripts, out, OutputFormat.SVG, matcher, new OperationDeriver(at.engine()),
        new ScriptRules(at.engine().index(), Optional.empty(), Profile.nova().tracedExternals()).staleLines(), ref).run();
    CheckReport check = new ScriptChecker(at, Optional.empty(), Profile.nova()).check(ref, scripts);
    int pairs = 0;
    int split = 0;
    int findings = 0;
    for (int i = 0; i < scripts.size(); i++) {
      ScriptReport r = regen.scripts().get(i);
      ScriptCheck c = check.scripts().get(i);
      String name = r.script().getFileName().toString();
      String verdict = r.status() != ScriptReport.Status.MERGED ? "unknown" : r.stale() > 0 ? "stale" : "fresh";
      assertEquals(c.status().id(), verdict, ref + " " + name);
      Diagram script = WsdReader.read(r.script());
      Diagram merged = WsdReader.read(r.written().get(0));
      int[] counts = splitPairs(merged);
      pairs += counts[0];
      split += counts[1];
      assertEquals(0, counts[1], ref + " " + name + ": a request/reply pair is split");
      List<String> notesIn = notes(script);
      List<String> notesOut = notes(merged);
      notesIn.forEach(n -> assertTrue(notesOut.contains(n), ref + " " + name + ": lost note " + n));
      findings += c.findings().size();
      checkFindingsAreInTheBody(ref, name, script, c);
    }
    ScriptReport sahara = regen.scripts().get(scripts.size() - 1);
    assertEquals(ScriptReport.Status.UNMATCHED, sahara.status());
    assertEquals(ScriptStatus.UNKNOWN, check.scripts().get(scripts.size() - 1).status());
    System.out.printf("%s: %d scripts, regen and check agree (%d stale: %s); %d request/reply pairs, %d split; %d findings%n",
        ref, scripts.size(), check.count(ScriptStatus.STALE), check.scripts().stream()
            .filter(s -> s.status() == ScriptStatus.STALE).map(ScriptCheck::script).toList(), pairs, split, findings);
  }

  /** Hand-written pairs (a message, then the reverse message) and how many have a derived element between them. */
  private static int[] splitPairs(Diagram merged) {
    int pairs = 0;
    int split = 0;
    Message open = null;
    boolean derivedSince = false;
    for (Element e : Flattened.elements(merged.elements())) {
      boolean derived = e instanceof Message m && m.origin() == Origin.DERIVED
          || e instanceof Element.Note n && n.origin() == Origin.DERIVED;
      if (derived) {
        derivedSince = true;
      } else if (e instanceof Message m) {
        if (open != null && m.from().equals(open.to()) && m.to().equals(open.from())) {
          pairs++;
          split += derivedSince ? 1 : 0;
          open = null;
        } else {
          open = m;
        }
        derivedSince = false;
      }
    }
    return new int[] {pairs, split};
  }

  private static List<String> notes(Diagram d) {
    return Flattened.elements(d.elements()).stream()
        .filter(e -> e instanceof Element.Note n && n.origin() == Origin.HAND)
        .map(e -> ((Element.Note) e).text()).toList();
  }

  private static void checkFindingsAreInTheBody(String ref, String name, Diagram script, ScriptCheck c) {
    List<Element> body = Flattened.elements(script.elements()).stream().filter(e -> e.line() > 0).toList();
    int first = body.isEmpty() ? 1 : body.get(0).line();
    int last = body.isEmpty() ? 1 : body.get(body.size() - 1).line();
    List<Message> messages = Flattened.messages(script.elements());
    int[] answers = Replies.answered(messages);
    for (Finding f : c.findings()) {
      boolean declaration = f.kind() == FindingKind.PARTICIPANT_GONE;
      assertTrue(declaration || (f.line() >= first && f.line() <= last), ref + " " + name + ":" + f.line() + " outside the body");
      for (int i = 0; i < messages.size(); i++) {
        boolean onReply = answers[i] >= 0 && messages.get(i).line() == f.line();
        assertTrue(!(onReply && f.kind() == FindingKind.RPC_MISSING), ref + " " + name + ":" + f.line() + ": rpc-missing on a reply");
      }
    }
  }

  private static void diffPairsKeepTheirEnds(Analysis before, Analysis after) {
    List<OperationDiff> diffs = new ArrayList<>();
    for (String op : List.of("create", "resize", "live_migrate")) {
      Diagram a = before.engine().trace(before.engine().catalog().find(op).orElseThrow()).diagram();
      Diagram b = after.engine().trace(after.engine().catalog().find(op).orElseThrow()).diagram();
      OperationDiff diff = WorkflowDiff.compare(op, Steps.of(a), Steps.of(b));
      for (StepChange c : diff.changed()) {
        assertTrue(c.before().from().equals(c.after().from()) && c.before().to().equals(c.after().to()), c.toString());
      }
      diffs.add(diff);
      System.out.printf("diff %s 12.0.0 -> 33.0.0: %d added, %d removed, %d changed%n", op, diff.added().size(),
          diff.removed().size(), diff.changed().size());
    }
    String text = DiffText.write(diffs);
    assertTrue(text.startsWith("cross-service changes:\n  create: rpc renamed: cast nova_api -> nova_conductor: "
        + "build_instances => schedule_and_build_instances\n"), text);
    assertTrue(!text.contains("\\n"), "a literal \\n in the text output");
  }
}
