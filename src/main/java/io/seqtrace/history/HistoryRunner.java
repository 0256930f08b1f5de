package io.seqtrace.history;

import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.error.InputException;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.TraceResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Traces operations at each release of a series in one process, one release at a time, and
 * assembles their histories. Releases share the parse cache (most files are the same blob from
 * one release to the next) and the trace store (a commit traced before is not loaded again);
 * only the diagrams are kept, so at most two code bases sit in memory at once.
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
    return run(source, refs, operations, options, profile, java.util.function.UnaryOperator.identity(), progress);
  }

  /** As above, each trace seen through {@code view} (a level of detail). */
  public static History run(GitSource source, List<String> refs, List<String> operations, LoadOptions options,
      Supplier<Profile> profile, java.util.function.UnaryOperator<TraceResult> view, Progress progress) {
    List<String> names = operations.stream().distinct().toList();
    // Two releases at a time: while one is traced (one thread), the next is read and parsed, so a
    // second core is not left idle. Each release is still traced on its own, so results do not
    // depend on the order in which they finish.
    int parallel = Math.min(2, options.threads());
    ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
      Thread t = new Thread(null, r, "seqtrace-release", 64L << 20); // deep syntax trees, as the parser threads
      t.setDaemon(true);
      return t;
    });
    List<List<ReleaseTrace>> perRelease = new ArrayList<>();
    try {
      List<Future<List<ReleaseTrace>>> futures = new ArrayList<>();
      for (int i = 0; i < refs.size(); i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          progress.release(index + 1, refs.size(), refs.get(index));
          return traceRelease(source, refs.get(index), names, options, profile, view);
        }));
      }
      for (Future<List<ReleaseTrace>> f : futures) {
        perRelease.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tracing releases", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime; // an InputException still reaches the user as one line
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    Map<String, List<ReleaseTrace>> traces = new LinkedHashMap<>();
    for (int n = 0; n < names.size(); n++) {
      List<ReleaseTrace> byRelease = new ArrayList<>();
      for (List<ReleaseTrace> release : perRelease) {
        byRelease.add(release.get(n));
      }
      traces.put(names.get(n), byRelease);
    }
    for (String name : names) {
      if (traces.get(name).stream().allMatch(r -> r.diagram().isEmpty())) {
        throw new InputException("unknown operation '" + name + "' at every release from " + refs.get(0) + " to "
            + refs.get(refs.size() - 1) + " (run 'seqtrace ops' to list them)");
      }
    }
    // The diffs of a warm run are most of its time; operations are independent (order is kept).
    List<OperationHistory> histories = names.parallelStream().map(n -> OperationHistory.of(n, traces.get(n))).toList();
    return new History(source.name(), refs, histories);
  }

  /** Each of {@code names} at {@code ref}, in that order; the code is let go when this returns. */
  private static List<ReleaseTrace> traceRelease(GitSource source, String ref, List<String> names,
      LoadOptions options, Supplier<Profile> profile, java.util.function.UnaryOperator<TraceResult> view) {
    TracedRevision revision = TracedRevision.open(source, ref, options, profile);
    String commit = revision.revision().commitId();
    List<ReleaseTrace> out = new ArrayList<>();
    for (String name : names) {
      Optional<TraceResult> result = revision.find(name).map(revision::trace).map(view);
      out.add(new ReleaseTrace(ref, commit, result.map(TraceResult::diagram),
          result.map(TraceResult::unresolved).orElse(List.of())));
    }
    return out;
  }
}
