package io.seqtrace.history;

import io.seqtrace.sequence.Diagram;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What tracing one operation at one release gave, before the history judges it.
 *
 * @param ref the release tag
 * @param commit the commit id it stands for
 * @param diagram the derived workflow, empty when the API has no such operation at this release
 * @param unresolved calls the tracer could not resolve (where a trace may end early)
 */
public record ReleaseTrace(String ref, String commit, Optional<Diagram> diagram, List<String> unresolved) {
  public ReleaseTrace {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(diagram, "diagram");
    unresolved = List.copyOf(unresolved);
  }
}
