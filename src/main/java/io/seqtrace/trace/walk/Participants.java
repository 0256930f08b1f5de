package io.seqtrace.trace.walk;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Participant;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Names participants the way the hand-written diagrams do. While tracing, a compute host is
 * {@code nova_compute@src} (the instance's host) or {@code nova_compute@dest}; when an operation
 * involves both, they become {@code nova_compute_src} and {@code nova_compute_dest} (and likewise
 * their drivers), otherwise plain {@code nova_compute}.
 */
public final class Participants {
  private Participants() {}

  static List<Element> resolveRoles(List<Element> elements) {
    Set<String> names = new LinkedHashSet<>();
    collect(elements, names);
    Set<String> rolesOfCompute = new LinkedHashSet<>();
    for (String n : names) {
      int at = n.indexOf('@');
      if (at > 0) {
        rolesOfCompute.add(n.substring(at + 1));
      }
    }
    boolean twoHosts = rolesOfCompute.size() > 1;
    UnaryOperator<String> rename = n -> {
      int at = n.indexOf('@');
      if (at < 0) {
        return n;
      }
      return twoHosts ? n.substring(0, at) + "_" + n.substring(at + 1) : n.substring(0, at);
    };
    return map(elements, rename);
  }

  /** Participants in order of first appearance. */
  public static List<Participant> inOrder(List<Element> elements) {
    Set<String> names = new LinkedHashSet<>();
    collect(elements, names);
    List<Participant> result = new ArrayList<>();
    names.forEach(n -> result.add(Participant.of(n)));
    return result;
  }

  private static void collect(List<Element> elements, Set<String> names) {
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        names.add(m.from());
        names.add(m.to());
      } else if (e instanceof Element.Activate a) {
        names.add(a.participant());
      } else if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> collect(b.elements(), names));
      }
    }
  }

  private static List<Element> map(List<Element> elements, UnaryOperator<String> rename) {
    List<Element> out = new ArrayList<>(elements.size());
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        out.add(new Element.Message(rename.apply(m.from()), rename.apply(m.to()), m.arrow(), m.activation(),
            m.label(), m.kind(), m.method(), m.anchor(), m.origin(), m.line()));
      } else if (e instanceof Element.Activate a) {
        out.add(new Element.Activate(rename.apply(a.participant()), a.activate(), a.origin(), a.line()));
      } else if (e instanceof Element.Fragment f) {
        out.add(f.mapElements(b -> map(b, rename)));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
