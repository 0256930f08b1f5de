package io.seqtrace.merge;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Participant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes inserted derived steps with the script's own lifeline names ({@code nova_compute} for a
 * derived {@code nova_compute_src} when the script has only {@code nova_compute}), so a merge adds no
 * duplicate lifelines.
 */
final class Renames {
  private final Map<String, String> scriptName;
  /** Derived names with several script lifelines ({@code plugin}: {@code api_plugin}, {@code engine_plugin}). */
  private final Map<String, List<String>> candidates;

  private Renames(Map<String, String> scriptName, Map<String, List<String>> candidates) {
    this.scriptName = scriptName;
    this.candidates = candidates;
  }

  /** Derived names with exactly one script lifeline of the same service are renamed; others are kept. */
  static Renames of(Diagram script, Diagram derived) {
    List<String> names = script.allParticipants().stream().map(Participant::name).toList();
    Map<String, String> renames = new TreeMap<>();
    Map<String, List<String>> several = new TreeMap<>();
    for (Participant p : derived.allParticipants()) {
      if (names.contains(p.name())) {
        continue;
      }
      List<String> same = names.stream()
          .filter(n -> Lifelines.same(n, p.name()))
          .toList();
      if (same.size() == 1) {
        renames.put(p.name(), same.get(0));
      } else if (same.size() > 1) {
        several.put(p.name(), same);
      }
    }
    return new Renames(renames, several);
  }

  /** Derived name to script name, sorted by derived name. */
  Map<String, String> map() {
    return Map.copyOf(scriptName);
  }

  Element apply(Element e) {
    if (e instanceof Message m) {
      return new Message(name(m.from(), m.to()), name(m.to(), m.from()), m.arrow(), m.activation(), m.label(), m.kind(), m.method(),
          m.anchor(), m.origin(), m.line());
    } else if (e instanceof Note n) {
      return new Note(n.position(), n.participants().stream().map(this::name).toList(), n.text(), n.block(),
          n.anchor(), n.origin(), n.line());
    } else if (e instanceof Fragment f) {
      return f.mapElements(b -> b.stream().map(this::apply).toList());
    }
    return e;
  }

  private String name(String derivedName) {
    return scriptName.getOrDefault(derivedName, derivedName);
  }

  /**
   * The script's lifeline for one end of a message: among several of one service, the one named
   * after the other end ({@code sahara_api -> plugin} is drawn to {@code api_plugin}, {@code
   * sahara_engine -> plugin} to {@code engine_plugin}).
   */
  private String name(String derivedName, String otherEnd) {
    List<String> several = candidates.get(derivedName);
    if (several != null) {
      String other = Lifelines.normalise(otherEnd);
      String service = other.substring(other.indexOf('_') + 1);
      for (String candidate : several) {
        String n = Lifelines.normalise(candidate);
        if (n.startsWith(service + "_") || n.startsWith(other + "_")) {
          return candidate;
        }
      }
    }
    return name(derivedName);
  }
}
