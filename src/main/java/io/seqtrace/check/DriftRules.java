package io.seqtrace.check;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Flattened;
import io.seqtrace.sequence.Participant;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.sequence.Replies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a script with the workflow derived at the release: RPC names between the project's
 * services, participants that left the workflow, and cross-service hops the script lacks.
 */
final class DriftRules {
  /** A label that is one method-like identifier, as people write RPC names: {@code pause_instance} or {@code pause_instance()}. */
  private static final Pattern METHOD = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\(\\))?");

  private DriftRules() {}

  /**
   * The project's services are the participants RPC travels between; they share the prefix of
   * the API service the derived request goes to ({@code nova_api} gives {@code nova_}, {@code
   * cinder_api} gives {@code cinder_}), so no project is named here.
   */
  static String servicePrefix(Diagram derived) {
    for (Message m : Flattened.messages(derived.elements())) {
      if (m.kind() == StepKind.REQUEST) {
        int underscore = m.to().indexOf('_');
        return underscore > 0 ? m.to().substring(0, underscore + 1) : m.to();
      }
    }
    return "\0"; // no request derived: nothing is a service
  }

  static boolean isService(String participant, String prefix) {
    return participant.startsWith(prefix);
  }

  /** RPC labels between the project's services that name no function at the release, or whose kind changed. */
  static List<Finding> rpcs(Diagram script, Diagram derived, Optional<Diagram> baselineDerived, CodeIndex at,
      Optional<CodeIndex> baseline) {
    String prefix = servicePrefix(derived);
    List<Finding> findings = new ArrayList<>();
    List<Message> messages = Flattened.messages(script.elements());
    int[] answers = Replies.answered(messages);
    for (int i = 0; i < messages.size(); i++) {
      Message m = messages.get(i);
      // A reply's label names what comes back (migrate_data), not a function called.
      if (answers[i] >= 0 || !isService(m.from(), prefix) || !isService(m.to(), prefix) || m.from().equals(m.to())) {
        continue;
      }
      Matcher id = METHOD.matcher(m.label().strip());
      if (!id.matches()) {
        continue;
      }
      // Python names are lower case; a capitalised label is the same name written loosely.
      String name = at.hasFunctionNamed(id.group(1)) ? id.group(1) : id.group(1).toLowerCase(Locale.ROOT);
      // A bare word like "done" is a reply, not an RPC; underscores or () mark a method name.
      boolean methodLike = id.group(2) != null || name.contains("_") || at.hasFunctionNamed(name);
      if (!methodLike) {
        continue;
      }
      if (!at.hasFunctionNamed(name)) {
        // Never a function, not even where the script was written: a description, not drift.
        if (baseline.isEmpty() || baseline.get().hasFunctionNamed(name)) {
          findings.add(new Finding(m.line(), FindingKind.RPC_MISSING, name + " is not a function any more"));
        }
        continue;
      }
      Optional<StepKind> now = rpcKind(derived, m.from(), m.to(), name);
      Optional<StepKind> written = writtenKind(m.arrow());
      Optional<StepKind> before = baselineDerived.flatMap(d -> rpcKind(d, m.from(), m.to(), name));
      if (now.isPresent() && before.isPresent() && before.get() != now.get()) {
        findings.add(new Finding(m.line(), FindingKind.RPC_KIND_CHANGED,
            name + " was a " + before.get().jsonName() + ", is a " + now.get().jsonName()));
      } else if (now.isPresent() && written.isPresent() && written.get() != now.get()) {
        findings.add(new Finding(m.line(), FindingKind.RPC_KIND_CHANGED,
            name + " is drawn as a " + written.get().jsonName() + ", is a " + now.get().jsonName()));
      }
    }
    return findings;
  }

  /**
   * What an arrow claims: an open head is asynchronous by WSD convention. A solid {@code ->} is
   * what most scripts use for every hop, so it claims nothing.
   */
  private static Optional<StepKind> writtenKind(Arrow arrow) {
    return arrow == Arrow.SOLID_OPEN || arrow == Arrow.DASHED_OPEN ? Optional.of(StepKind.CAST) : Optional.empty();
  }

  private static Optional<StepKind> rpcKind(Diagram derived, String from, String to, String method) {
    return Flattened.messages(derived.elements()).stream()
        .filter(d -> d.from().equals(from) && d.to().equals(to) && d.method().equals(method))
        .map(Message::kind)
        .filter(k -> k == StepKind.CAST || k == StepKind.CALL)
        .findFirst();
  }

  /**
   * Participants of the script that the derived workflow no longer has: the project's services,
   * and the drivers its traces follow into ({@code tracedExternals}, from the profile, such as a
   * hypervisor or storage driver). Other lifelines (a user, another project's API) are the
   * script's to draw as it likes.
   */
  static List<Finding> participants(Diagram script, Diagram derived, Set<String> tracedExternals) {
    String prefix = servicePrefix(derived);
    Set<String> present = new HashSet<>();
    derived.allParticipants().forEach(p -> present.add(role(p.name())));
    List<Finding> findings = new ArrayList<>();
    for (Participant p : script.allParticipants()) {
      if ((isService(p.name(), prefix) || tracedExternals.contains(p.name())) && !present.contains(role(p.name()))) {
        findings.add(new Finding(firstLine(script, p), FindingKind.PARTICIPANT_GONE,
            p.name() + " no longer takes part in " + derived.title()));
      }
    }
    return findings;
  }

  /**
   * A lifeline without its host role and spelling: {@code nova_compute_dest} and {@code Nova-Compute}
   * are the service {@code nova_compute}, which a trace may draw with or without roles.
   */
  private static String role(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', '_').replaceFirst("_(src|dest|source|destination)$", "");
  }

  /** The declaration's line, else the first line that uses the name. */
  private static int firstLine(Diagram script, Participant p) {
    if (p.line() > 0) {
      return p.line();
    }
    for (Element e : Flattened.elements(script.elements())) {
      if (e instanceof Message m && (m.from().equals(p.name()) || m.to().equals(p.name()))) {
        return m.line();
      }
      if (e instanceof Element.Note n && n.participants().contains(p.name())) {
        return n.line();
      }
    }
    return 1;
  }

  /**
   * Derived casts and calls between the project's services that no script message names, each at the line
   * after the script step for the derived step before it (where it would be drawn; after that
   * step's reply when it is answered directly), else at the first line of the script's body.
   */
  static List<Finding> hops(Diagram script, Diagram derived) {
    String prefix = servicePrefix(derived);
    List<Message> written = Flattened.messages(script.elements());
    int[] answers = Replies.answered(written);
    List<Element> body = Flattened.elements(script.elements()).stream()
        .filter(e -> e.line() > 0 && !(e instanceof Element.Blank) && !(e instanceof Element.Directive)).toList();
    int firstLine = body.isEmpty() ? 1 : body.get(0).line();
    int lastLine = body.isEmpty() ? 1 : body.get(body.size() - 1).line();
    List<Finding> findings = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    int position = -1;
    for (Message d : Flattened.messages(derived.elements())) {
      if (d.method().isEmpty() || d.from().equals(d.to())) {
        continue;
      }
      int shown = find(written, d.method(), position + 1);
      if (shown < 0) {
        shown = find(written, d.method(), 0);
      }
      if (shown >= 0) {
        position = shown;
      } else if (isHop(d, prefix) && reported.add(d.from() + " " + d.to() + " " + d.method())) {
        int line = position < 0 ? firstLine : Math.min(lastLine, after(written, answers, position) + 1);
        findings.add(new Finding(line, FindingKind.HOP_MISSING,
            d.kind().jsonName() + " " + d.from() + " -> " + d.to() + ": " + d.method() + " is not in the script"));
      }
    }
    return findings;
  }

  /** The first script message from {@code start} on that names {@code method}, or -1. */
  private static int find(List<Message> written, String method, int start) {
    for (int i = start; i < written.size(); i++) {
      if (names(written.get(i), method)) {
        return i;
      }
    }
    return -1;
  }

  /** The line of message {@code i}, or of its reply when the next message answers it. */
  private static int after(List<Message> written, int[] answers, int i) {
    return i + 1 < written.size() && answers[i + 1] == i ? written.get(i + 1).line() : written.get(i).line();
  }

  private static boolean isHop(Message d, String prefix) {
    return (d.kind() == StepKind.CAST || d.kind() == StepKind.CALL)
        && isService(d.from(), prefix) && isService(d.to(), prefix) && !d.from().equals(d.to()) && !d.method().isEmpty();
  }

  /**
   * A script message names a method when some run of its words, joined, is the method, ignoring
   * case, spaces and underscores: {@code select destinations} names {@code select_destinations};
   * {@code schedule_and_build_instances} does not name {@code build_instances}.
   */
  static boolean names(Message w, String method) {
    String wanted = squeeze(method);
    if (wanted.isEmpty()) {
      return false;
    }
    String[] words = w.label().split("[^A-Za-z0-9_]+");
    for (int i = 0; i < words.length; i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.length && run.length() < wanted.length(); j++) {
        run.append(squeeze(words[j]));
        if (run.toString().equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String squeeze(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "");
  }
}
