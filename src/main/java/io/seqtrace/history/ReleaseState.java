package io.seqtrace.history;

import io.seqtrace.sequence.Diagram;
import java.util.List;
import java.util.Objects;

/**
 * One operation at one release, as the history shows it.
 *
 * @param ref the release tag
 * @param commit the commit id
 * @param status whether the operation is there and could be followed
 * @param diagram the derived workflow (empty when absent)
 * @param unresolved calls the tracer could not resolve
 */
public record ReleaseState(String ref, String commit, Status status, Diagram diagram, List<String> unresolved) {
  /** Whether an operation is in the API at a release, and whether the tracer followed it there. */
  public enum Status {
    /** In the API and traced. */
    TRACED,
    /** Not in the API at this release (not there yet, or removed). */
    ABSENT,
    /**
     * In the API, but the trace reaches no other service while other releases' traces do: the
     * code moved in a way the tracer does not follow, which is not the same as every hop removed.
     */
    UNTRACEABLE;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ReleaseState {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diagram, "diagram");
    unresolved = List.copyOf(unresolved);
  }

  /** True when the API has the operation at this release (traced or not). */
  public boolean present() {
    return status != Status.ABSENT;
  }
}
