package io.seqtrace.trace;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.trace.walk.FailurePaths;
import io.seqtrace.trace.walk.Participants;
import io.seqtrace.trace.walk.Simplifier;
import io.seqtrace.trace.walk.Tracer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Levels of detail of a derived diagram, one model and several views (as clang-uml's filters):
 * {@code rpc} is the skeleton people draw on a whiteboard (the request, RPCs, calls that change
 * another service or placement), {@code default} adds what the hypervisor driver does, database
 * state changes and notifications, {@code full} is everything the tracer found (checks, every
 * database write, queries, HTTP replies).
 */
public enum Detail {
  RPC, DEFAULT, FULL;

  /**
   * Reads that ask another service or the driver something without changing it. A validation by
   * another participant ({@code plugin: validate}, {@code neutron: validate_networks}) can refuse
   * the request, and people draw it: it is kept.
   */
  private static final Pattern QUERY = Pattern.compile("^_?(get|show|list|has|is|check|can|supports)(_|$)");

  /** The level named on a command line ({@code rpc}, {@code default}, {@code full}). */
  public static Detail parse(String name) {
    for (Detail d : values()) {
      if (d.name().equalsIgnoreCase(name)) {
        return d;
      }
    }
    throw new IllegalArgumentException("--detail must be rpc, default or full, not '" + name + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The result drawn at this level; {@code full} is the result itself. */
  public TraceResult apply(TraceResult result, Profile profile) {
    if (this == FULL) {
      return result;
    }
    Diagram d = result.diagram();
    List<Element> filtered = filter(d.elements(), profile);
    // An "as above" note on a lifeline with no arrow left at this level points at nothing shown.
    java.util.Set<String> drawn = new java.util.HashSet<>();
    arrowEnds(filtered, drawn);
    List<Element> kept = Simplifier.simplify(withoutNotesOff(filtered, drawn));
    Diagram shown = new Diagram(d.title(), Participants.inOrder(kept), kept);
    return new TraceResult(result.operation(), shown, result.guesses(), result.unresolved(), result.truncated());
  }

  private List<Element> filter(List<Element> elements, Profile profile) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        if (keeps(m, profile)) {
          out.add(m);
        }
      } else if (e instanceof Element.Fragment f) {
        List<Element.Branch> branches = new ArrayList<>();
        for (Element.Branch b : f.branches()) {
          branches.add(new Element.Branch(b.guard(), filter(b.elements(), profile), b.line()));
        }
        // A failure path with no arrow left is not worth a box at this level.
        branches.removeIf(b -> b.guard().startsWith(FailurePaths.GUARD) && !hasArrow(b.elements()));
        if (!branches.isEmpty()) {
          out.add(new Element.Fragment(f.kind(), branches, f.origin(), f.line(), f.endLine()));
        }
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private boolean keeps(Element.Message m, Profile profile) {
    boolean driver = isDriver(m.to(), profile) || isDriver(m.from(), profile);
    boolean query = QUERY.matcher(m.method()).find();
    return switch (m.kind()) {
      case REQUEST, RESPONSE, CAST, CALL, FANOUT -> true;
      // On the whiteboard, placement is asked for candidates and told of allocations; other reads go.
      case HTTP -> this == DEFAULT || !m.label().startsWith("GET ") || m.label().contains("candidates");
      // A reply to an HTTP request says nothing a call arrow did not; RPC replies stay.
      case REPLY -> !m.label().isEmpty();
      case INVOKE -> !query && (this == DEFAULT || !driver);
      case DB -> this == DEFAULT && m.label().contains(" = ");
      case NOTIFY -> this == DEFAULT;
      case NOTE -> m.label().startsWith(Tracer.AS_ABOVE);
      default -> true;
    };
  }

  private static void arrowEnds(List<Element> elements, java.util.Set<String> ends) {
    for (Element e : elements) {
      if (e instanceof Element.Message m && !m.from().equals(m.to())) {
        ends.add(m.from());
        ends.add(m.to());
      } else if (e instanceof Element.Fragment f) {
        f.branches().forEach(b -> arrowEnds(b.elements(), ends));
      }
    }
  }

  private static List<Element> withoutNotesOff(List<Element> elements, java.util.Set<String> drawn) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Element.Message m && m.from().equals(m.to()) && !drawn.contains(m.from())) {
        continue;
      }
      if (e instanceof Element.Fragment f) {
        out.add(f.mapElements(b -> withoutNotesOff(b, drawn)));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean hasArrow(List<Element> elements) {
    for (Element e : elements) {
      if (e instanceof Element.Message m && !m.from().equals(m.to())) {
        return true;
      }
      if (e instanceof Element.Fragment f && f.branches().stream().anyMatch(b -> hasArrow(b.elements()))) {
        return true;
      }
    }
    return false;
  }

  /** A hypervisor driver's lifeline: one of the profile's traced externals, possibly per host. */
  private static boolean isDriver(String participant, Profile profile) {
    return profile.tracedExternals().stream().anyMatch(t -> participant.equals(t) || participant.startsWith(t + "_"));
  }
}
