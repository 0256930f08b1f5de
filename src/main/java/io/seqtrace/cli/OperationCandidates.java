package io.seqtrace.cli;

import io.seqtrace.trace.Profile;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * What shell completion offers after {@code --op}: the profile's well-known aliases, or every
 * operation of a ref when {@code seqtrace completion --ref} named one.
 *
 * <p>picocli makes one instance per option when it builds the command line, long before the
 * completion command has read its options, so the names are looked up when iterated.
 */
public final class OperationCandidates implements Iterable<String> {
  private static volatile List<String> names;

  @Override
  public Iterator<String> iterator() {
    List<String> current = names;
    return (current != null ? current : wellKnown()).iterator();
  }

  /** The profile's aliases, sorted. */
  static List<String> wellKnown() {
    return List.copyOf(new TreeSet<>(Profile.nova().aliases().keySet()));
  }

  /** Offers {@code operations} from now on (null: the well-known ones again). */
  static void use(List<String> operations) {
    names = operations == null ? null : List.copyOf(operations);
  }
}
