package io.seqtrace.history;

import java.util.List;
import java.util.Objects;

/**
 * How operations changed across a series of releases.
 *
 * @param repo the repository as the user named it
 * @param refs the releases, in version order
 * @param operations one history per operation, in the order asked for
 */
public record History(String repo, List<String> refs, List<OperationHistory> operations) {
  public History {
    Objects.requireNonNull(repo, "repo");
    refs = List.copyOf(refs);
    operations = List.copyOf(operations);
  }
}
