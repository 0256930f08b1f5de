package io.seqtrace.history;

import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.error.InputException;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.TraceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Traces operations at each release of a series in one process, one release at a time, and
 * assembles their histories. Releases share the parse cache (most files are the same blob from
 * one release to the next) and the trace store (a commit traced before is not loaded again);
 * only the diagrams are kept, so two code bases never sit in memory at once.
 */
public final class HistoryRunner {
  /** Told before each release is traced. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (index, total, ref) -> {};

    /** {@code index} counts from 1. */
    void release(int index, int total, String ref);
  }

  private HistoryRunner() {}

  /**
   * The history of each of {@code operations} (API names or aliases) across {@code refs}.
   *
   * @throws InputException when an operation is in the API at none of the releases
   */
  public static History run(GitSource source, List<String> refs, List<String> operations, LoadOptions options,
      Supplier<Profile> profile, Progress progress) {
    List<String> names = operations.stream().distinct().toList();
    Map<String, List<ReleaseTrace>> traces = new LinkedHashMap<>();
    names.forEach(n -> traces.put(n, new ArrayList<>()));
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      progress.release(i + 1, refs.size(), ref);
      TracedRevision revision = TracedRevision.open(source, ref, options, profile);
      String commit = revision.revision().commitId();
      for (String name : names) {
        Optional<Operation> op = revision.find(name);
        Optional<TraceResult> result = op.map(revision::trace);
        traces.get(name).add(new ReleaseTrace(ref, commit, result.map(TraceResult::diagram),
            result.map(TraceResult::unresolved).orElse(List.of())));
      }
    }
    List<OperationHistory> histories = new ArrayList<>();
    for (String name : names) {
      List<ReleaseTrace> t = traces.get(name);
      if (t.stream().allMatch(r -> r.diagram().isEmpty())) {
        throw new InputException("unknown operation '" + name + "' at every release from " + refs.get(0) + " to "
            + refs.get(refs.size() - 1) + " (run 'seqtrace ops' to list them)");
      }
      histories.add(OperationHistory.of(name, t));
    }
    return new History(source.name(), refs, histories);
  }
}
