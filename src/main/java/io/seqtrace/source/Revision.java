package io.seqtrace.source;

import java.time.Instant;
import java.util.Objects;

/**
 * A ref the user named, resolved to the commit it stands for.
 *
 * @param ref the name as the user wrote it ({@code 12.0.0}, {@code master}, {@code 6df6ad3})
 * @param commitId the full 40-hex id of the commit (tags are peeled to their commit)
 * @param commitTime the committer time of that commit
 */
public record Revision(String ref, String commitId, Instant commitTime) {
  public Revision {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(commitId, "commitId");
    Objects.requireNonNull(commitTime, "commitTime");
  }

  /** The first 10 hex digits of the commit id, for messages and file names. */
  public String shortId() {
    return commitId.substring(0, Math.min(10, commitId.length()));
  }
}
