package io.seqtrace.trace.walk;

import io.seqtrace.sequence.Element;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a derived body readable without changing what it says: fragments that hold no message are
 * dropped, identical branches of an {@code alt} become one branch whose guard names each
 * condition, steps every branch of an exhaustive {@code alt} begins or ends with are drawn once
 * outside it, and activations are balanced (no {@code activate} of an active lifeline, none left
 * open), so that every derived diagram renders.
 */
public final class Simplifier {
  private Simplifier() {}

  public static List<Element> simplify(List<Element> elements) {
    return balance(fragments(elements));
  }

  // ---------------------------------------------------------------------------------------------
  // Fragments

  static List<Element> fragments(List<Element> elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (e instanceof Element.Fragment f) {
        out.addAll(fragment(f));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /** One fragment, simplified: zero, one or several elements take its place. */
  private static List<Element> fragment(Element.Fragment f) {
    // Branches simplified first, then those without a message dropped (their guards say nothing).
    Map<List<Element>, String> byBody = new LinkedHashMap<>();
    boolean exhaustive = false;
    int taken = 0;
    for (Element.Branch b : f.branches()) {
      List<Element> body = fragments(b.elements());
      if (b.guard().equals("else")) {
        exhaustive = true;
      }
      if (!hasMessage(body)) {
        continue;
      }
      taken++;
      byBody.merge(body, b.guard(), Simplifier::joinGuards);
    }
    if (byBody.isEmpty()) {
      return List.of();
    }
    boolean loop = f.kind().equals("loop");
    // Every way through does the same thing: no fragment at all.
    if (!loop && exhaustive && byBody.size() == 1 && taken == f.branches().size()) {
      return byBody.keySet().iterator().next();
    }
    List<Element.Branch> branches = new ArrayList<>();
    byBody.forEach((body, guard) -> branches.add(new Element.Branch(guard, body, 0)));
    List<Element> before = List.of();
    List<Element> after = List.of();
    if (!loop && exhaustive && taken == f.branches().size() && branches.size() > 1) {
      before = commonPrefix(branches);
      after = commonSuffix(branches, before.size());
      List<Element.Branch> trimmed = new ArrayList<>();
      for (Element.Branch b : branches) {
        List<Element> body = b.elements().subList(before.size(), b.elements().size() - after.size());
        if (hasMessage(body)) {
          trimmed.add(new Element.Branch(b.guard(), List.copyOf(body), 0));
        }
      }
      branches.clear();
      branches.addAll(trimmed);
    }
    List<Element> out = new ArrayList<>(before);
    if (!branches.isEmpty()) {
      String kind = loop ? "loop" : branches.size() == 1 ? "opt" : "alt";
      if (kind.equals("opt") && branches.get(0).guard().equals("else")) {
        branches.set(0, new Element.Branch("otherwise", branches.get(0).elements(), 0));
      }
      out.add(new Element.Fragment(kind, branches, f.origin(), f.line(), f.endLine()));
    }
    out.addAll(after);
    return out;
  }

  /** {@code on failure: except A} and {@code on failure: except B} read as {@code on failure: except A or B}. */
  private static String joinGuards(String a, String b) {
    String prefix = FailurePaths.GUARD + ": except ";
    if (a.startsWith(prefix) && b.startsWith(prefix)) {
      return a + " or " + b.substring(prefix.length());
    }
    return a + " or " + b;
  }

  private static List<Element> commonPrefix(List<Element.Branch> branches) {
    List<Element> first = branches.get(0).elements();
    int n = 0;
    outer:
    while (n < first.size()) {
      for (Element.Branch b : branches) {
        if (b.elements().size() <= n || !b.elements().get(n).equals(first.get(n))) {
          break outer;
        }
      }
      n++;
    }
    return safeCut(first.subList(0, n));
  }

  private static List<Element> commonSuffix(List<Element.Branch> branches, int prefix) {
    List<Element> first = branches.get(0).elements();
    int n = 0;
    outer:
    while (n < first.size() - prefix) {
      Element e = first.get(first.size() - 1 - n);
      for (Element.Branch b : branches) {
        List<Element> els = b.elements();
        if (els.size() - prefix <= n || !els.get(els.size() - 1 - n).equals(e)) {
          break outer;
        }
      }
      n++;
    }
    return safeCut(first.subList(first.size() - n, first.size()));
  }

  /** A hoisted run must not split an activation from its end: keep only balanced runs. */
  private static List<Element> safeCut(List<Element> run) {
    Map<String, Integer> open = new HashMap<>();
    for (Element e : run) {
      if (e instanceof Element.Activate a) {
        open.merge(a.participant(), a.activate() ? 1 : -1, Integer::sum);
      }
    }
    return open.values().stream().allMatch(v -> v == 0) ? List.copyOf(run) : List.of();
  }

  public static boolean hasMessage(List<Element> elements) {
    for (Element e : elements) {
      if (e instanceof Element.Message || e instanceof Element.Note) {
        return true;
      }
      if (e instanceof Element.Fragment f && f.branches().stream().anyMatch(b -> hasMessage(b.elements()))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Activations

  /**
   * Drops an {@code activate} of a lifeline that is already active and the {@code deactivate}
   * that ends it, drops a {@code deactivate} of an inactive one, closes inside each branch what
   * the branch opened, and closes at the end whatever is still open.
   */
  static List<Element> balance(List<Element> elements) {
    Map<String, Integer> active = new HashMap<>();
    List<Element> out = balance(elements, active);
    List<Element> closed = new ArrayList<>(out);
    active.keySet().stream().sorted().forEach(p -> {
      for (int i = 0; i < active.get(p); i++) {
        closed.add(new Element.Activate(p, false, Element.Origin.DERIVED, 0));
      }
    });
    return closed;
  }

  /**
   * Removes the last {@code activate}/{@code deactivate} of {@code p} when only activations follow
   * it; says whether it did.
   */
  private static boolean removeTrailing(List<Element> out, String p, boolean activate) {
    for (int i = out.size() - 1; i >= 0; i--) {
      Element e = out.get(i);
      if (e instanceof Element.Activate a && a.participant().equals(p)) {
        if (a.activate() == activate) {
          out.remove(i);
          return true;
        }
        return false;
      }
      // Activations and notes of other lifelines give p's bar no message of its own.
      boolean otherLifeline = e instanceof Element.Activate
          || e instanceof Element.Message m && m.from().equals(m.to()) && !m.from().equals(p);
      if (!otherLifeline) {
        return false;
      }
    }
    return false;
  }

  /** {@code active} counts the kept activations per lifeline (0 or 1) and is updated in place. */
  private static List<Element> balance(List<Element> elements, Map<String, Integer> active) {
    List<Element> out = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    for (Element e : elements) {
      if (e instanceof Element.Activate a) {
        String p = a.participant();
        int on = active.getOrDefault(p, 0);
        if (a.activate()) {
          if (on > 0) {
            skipped.merge(p, 1, Integer::sum);
          } else if (removeTrailing(out, p, false)) {
            // A bar ended and restarted with no message between is one bar (PlantUML refuses the pair).
            active.put(p, 1);
          } else {
            active.put(p, 1);
            out.add(a);
          }
        } else if (skipped.getOrDefault(p, 0) > 0) {
          skipped.merge(p, -1, Integer::sum);
        } else if (on > 0) {
          active.remove(p);
          if (!removeTrailing(out, p, true)) {
            out.add(a); // an empty bar (started and ended with no message) is no bar at all
          }
        }
      } else if (e instanceof Element.Fragment f) {
        List<Element.Branch> branches = new ArrayList<>();
        for (Element.Branch b : f.branches()) {
          Map<String, Integer> inBranch = new HashMap<>(active);
          List<Element> body = new ArrayList<>(balance(b.elements(), inBranch));
          // What the branch opened it closes; what it closed of the outside it reopens, so every
          // branch leaves the lifelines as it found them.
          inBranch.keySet().stream().filter(p -> !active.containsKey(p)).sorted()
              .forEach(p -> body.add(new Element.Activate(p, false, Element.Origin.DERIVED, 0)));
          active.keySet().stream().filter(p -> !inBranch.containsKey(p)).sorted()
              .forEach(p -> body.add(new Element.Activate(p, true, Element.Origin.DERIVED, 0)));
          branches.add(new Element.Branch(b.guard(), List.copyOf(body), b.line()));
        }
        out.add(new Element.Fragment(f.kind(), branches, f.origin(), f.line(), f.endLine()));
      } else {
        out.add(e);
      }
    }
    return out;
  }
}
