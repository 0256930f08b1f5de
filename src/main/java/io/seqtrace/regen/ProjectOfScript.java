package io.seqtrace.regen;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Profile;
import io.seqtrace.sequence.Participant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells whether a hand-written script draws the project being traced. OpenStack names service
 * lifelines {@code <project>_<service>} ({@code nova_api}, {@code sahara_engine}); a script none of
 * whose lifelines is the project's own, but some of which name another project's services, or
 * whose title names such a project, draws that other project.
 *
 * @param project the traced project's name ({@code nova}), empty to accept every script
 * @param known lifelines the project's own traces use that are not named after it ({@code client},
 *     {@code database}, {@code libvirt}, {@code glance}, ...)
 */
public record ProjectOfScript(String project, Set<String> known) {
  /** Accepts every script. */
  public static final ProjectOfScript ANY = new ProjectOfScript("", Set.of());

  public ProjectOfScript {
    project = project.toLowerCase(Locale.ROOT);
    known = Set.copyOf(known);
  }

  /** The project a profile describes: its name, and the lifelines its traces draw (client, database, drivers, clients). */
  public static ProjectOfScript of(Profile profile) {
    Set<String> known = new TreeSet<>(profile.externalParticipants().values());
    known.addAll(profile.tracedExternals());
    known.add(profile.clientParticipant());
    known.add(profile.databaseParticipant());
    return new ProjectOfScript(profile.name(), known);
  }

  /** Why the script is another project's ({@code lifelines sahara_api, sahara_engine name project sahara, not nova}). */
  public Optional<String> foreign(Diagram script) {
    if (project.isEmpty()) {
      return Optional.empty();
    }
    List<String> names = script.allParticipants().stream().map(Participant::name).toList();
    if (names.stream().anyMatch(this::own)) {
      return Optional.empty();
    }
    List<String> titleWords = ScriptMatcher.words(script.title());
    Map<String, List<String>> byProject = new TreeMap<>();
    for (String n : names) {
      prefix(n).filter(p -> !known.contains(p)).ifPresent(p -> byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(n));
    }
    // One odd lifeline (db_api) proves little; two services of one project, or its name in the title, do.
    byProject.keySet().removeIf(p -> byProject.get(p).size() < 2 && !titleWords.contains(p));
    if (byProject.isEmpty()) {
      return Optional.empty();
    }
    List<String> services = byProject.values().stream().flatMap(List::stream).toList();
    return Optional.of("its lifelines " + String.join(", ", services) + " are services of "
        + String.join(", ", byProject.keySet()) + ", not of " + project);
  }

  private boolean own(String lifeline) {
    String n = lifeline.toLowerCase(Locale.ROOT);
    return n.equals(project) || n.startsWith(project + "_") || n.startsWith(project + "-");
  }

  /** {@code sahara_api} gives {@code sahara}; a name without a separator gives nothing. */
  private static Optional<String> prefix(String lifeline) {
    String n = lifeline.toLowerCase(Locale.ROOT);
    int cut = n.indexOf('_') < 0 ? n.indexOf('-') : n.indexOf('_');
    return cut > 0 ? Optional.of(n.substring(0, cut)) : Optional.empty();
  }
}
