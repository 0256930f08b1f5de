package io.seqtrace.check;

import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Flattened;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks the source anchors of a script ({@code # nova/compute/api.py pause()}): the file must
 * exist, and so must the function when one is named. A failing anchor that fails at the baseline
 * too was never right, so it is reported as {@link FindingKind#ANCHOR_INVALID} instead.
 */
final class AnchorRule {
  private AnchorRule() {}

  static List<Finding> check(List<Element> script, CodeIndex at, Optional<CodeIndex> baseline) {
    List<Finding> findings = new ArrayList<>();
    for (Element e : Flattened.elements(script)) {
      if (e instanceof Element.Comment c && c.anchor().isPresent()) {
        problem(c.anchor().get(), at).ifPresent(p -> {
          boolean invalid = baseline.isPresent() && problem(c.anchor().get(), baseline.get()).isPresent();
          findings.add(invalid
              ? new Finding(c.line(), FindingKind.ANCHOR_INVALID, p.message() + " (at the baseline too)")
              : new Finding(c.line(), p.kind(), p.message()));
        });
      }
    }
    return findings;
  }

  private record Problem(FindingKind kind, String message) {}

  private static Optional<Problem> problem(SourceAnchor anchor, CodeIndex index) {
    if (!index.hasPath(anchor.path())) {
      String message = anchor.path() + " does not exist";
      return Optional.of(new Problem(FindingKind.ANCHOR_MISSING_FILE,
          NewHome.of(anchor, index).map(home -> message + "; " + anchor.function() + "() is now in " + home).orElse(message)));
    }
    if (anchor.function().isEmpty() || !index.functionsIn(anchor.path(), anchor.function()).isEmpty()
        || isClass(anchor, index)) {
      return Optional.empty();
    }
    String message = anchor.path() + " has no function " + anchor.function() + "()";
    // The function's new home in another file says more than a similar name in the old one.
    Optional<String> moved = NewHome.of(anchor, index).map(home -> message + "; moved to " + home + "?");
    return Optional.of(new Problem(FindingKind.ANCHOR_MISSING_FUNCTION, moved.orElseGet(() ->
        similar(anchor.function(), index.functionsAt(anchor.path()))
            .map(name -> message + "; renamed to " + name + "?").orElse(message))));
  }

  /** People anchor constructors by their class: {@code # nova/network/neutronv2/api.py API()}. */
  private static boolean isClass(SourceAnchor anchor, CodeIndex index) {
    return index.classes().stream().anyMatch(c -> c.path().equals(anchor.path()) && c.name().equals(anchor.function()));
  }

  /**
   * The closest function name in the file, if one is close enough to be a likely rename. For a
   * method ({@code Class.method}) only methods of that class count: another class's {@code create}
   * is no rename of {@code VolumeAttachmentController.create}.
   */
  static Optional<String> similar(String wanted, List<FunctionInfo> candidates) {
    int dot = wanted.lastIndexOf('.');
    String owner = dot < 0 ? "" : wanted.substring(0, dot);
    String simple = core(wanted.substring(dot + 1));
    return candidates.stream()
        .filter(f -> owner.isEmpty() || f.localName().equals(owner + "." + f.def().name()))
        .map(f -> f.def().name())
        .distinct()
        .filter(name -> close(simple, core(name)))
        .min(Comparator.comparingInt((String name) -> Similarity.distance(simple, core(name)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Leading underscores mark privacy, not meaning. */
  private static String core(String name) {
    return name.replaceFirst("^_+", "");
  }

  /** One name extends the other by whole words in front ({@code action_resize}, {@code resize}) or differs in a typo. */
  private static boolean close(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return a.equals(b) && !a.isEmpty();
    }
    // A word put in front (action_resize for resize) keeps the meaning; a word dropped from the end
    // (create for create_image) loses what is made, unless it is a short filler (pause_it).
    return a.endsWith("_" + b) || b.endsWith("_" + a) || shortTail(a, b) || shortTail(b, a)
        || (Math.min(a.length(), b.length()) >= 5 && Similarity.distance(a, b) <= 2);
  }

  private static boolean shortTail(String longer, String shorter) {
    return longer.startsWith(shorter + "_") && longer.length() - shorter.length() <= 3;
  }
}
