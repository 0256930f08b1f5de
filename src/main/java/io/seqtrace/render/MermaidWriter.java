package io.seqtrace.render;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Blank;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Directive;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SelfNote;
import io.seqtrace.sequence.SourceAnchor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates a {@link Diagram} into a Mermaid {@code sequenceDiagram}, the form GitHub and GitLab
 * draw inside Markdown.
 *
 * <p>Arrows follow the step kind as in {@link PlantUmlWriter}: {@code CAST}/{@code FANOUT} the
 * open async arrow {@code -)}, {@code CALL} {@code ->>+} (activating its target),
 * {@code REPLY}/{@code RESPONSE} {@code -->>} (a reply ends the replier's activation), any other
 * derived step {@code ->>}; a hand-written message keeps its WSD arrow ({@code ->} solid,
 * {@code -->} dashed, {@code ->>} open, {@code -->>} dashed open). Every name and text goes through
 * {@link MermaidText}. Unbalanced deactivations are dropped, because Mermaid rejects them.
 *
 * <p>Mermaid has no per-arrow colour, so provenance is drawn with {@code rect} blocks around runs
 * of elements and written into the text: stale elements get a red block and a "stale" note;
 * in diff diagrams added steps get a green block and a {@code +} before their label, removed
 * ones a red block and a {@code -}; derived steps get a blue block only in a diagram that also
 * has hand-written ones (a trace is derived throughout). {@code alt}, {@code opt}, {@code loop}
 * and {@code par} map to themselves ({@code par} branches are joined by {@code and}); other
 * fragments ({@code ref}, {@code state}) become a grey block with a note naming them. Source
 * anchors become {@code %%} comments before their element.
 */
public final class MermaidWriter {
  static final String DERIVED_RECT = "rgb(221, 238, 255)";
  static final String STALE_RECT = "rgb(255, 221, 221)";
  static final String ADDED_RECT = "rgb(221, 255, 221)";
  static final String GROUP_RECT = "rgb(242, 242, 242)";

  private static final String INDENT = "    ";

  private final Diagram diagram;
  private final boolean markDerived;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final ActivationTracker activations = new ActivationTracker();
  private String first = "";
  private String last = "";

  private MermaidWriter(Diagram diagram) {
    this.diagram = diagram;
    this.markDerived = hasOrigin(diagram.elements(), Origin.HAND);
  }

  /** The Mermaid text for {@code diagram}, starting {@code sequenceDiagram}; the same diagram always gives the same text. */
  public static String write(Diagram diagram) {
    return new MermaidWriter(diagram).text();
  }

  /** The diagram in a fenced {@code mermaid} block: a Markdown file that GitHub and GitLab draw. */
  public static String markdown(Diagram diagram) {
    return "```mermaid\n" + write(diagram) + "```\n";
  }

  private String text() {
    out.append("sequenceDiagram\n");
    if (!diagram.title().isBlank()) {
      line(1, "title " + MermaidText.label(diagram.title()));
    }
    for (Participant p : diagram.allParticipants()) {
      String id = MermaidText.identifier(p.name(), used);
      ids.put(p.name(), id);
      first = first.isEmpty() ? id : first;
      last = id;
      String keyword = p.actor() ? "actor " : "participant ";
      boolean relabel = !id.equals(p.name()) || !p.label().isEmpty();
      line(1, keyword + id + (relabel ? " as " + MermaidText.label(p.displayName()) : ""));
    }
    body(diagram.elements(), 1, null);
    return out.toString();
  }

  /** Writes {@code elements}, wrapping each run of one marked origin in a {@code rect} (unless {@code enclosing} already is one). */
  private void body(List<Element> elements, int depth, Origin enclosing) {
    Origin open = null;
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      Origin mark = mark(e).filter(o -> o != enclosing).orElse(null);
      // Comments and blank lines between two elements of one block stay inside it rather than split it.
      if (mark == null && open != null && (e instanceof Comment || e instanceof Blank)
          && nextMark(elements, i, enclosing) == open) {
        element(e, depth + 1, open, elements, i);
        continue;
      }
      if (mark != open) {
        if (open != null) {
          line(depth, "end");
        }
        if (mark != null) {
          line(depth, "rect " + rectColour(mark));
        }
        open = mark;
      }
      element(e, open == null ? depth : depth + 1, open == null ? enclosing : open, elements, i);
    }
    if (open != null) {
      line(depth, "end");
    }
  }

  private void element(Element e, int depth, Origin enclosing, List<Element> siblings, int index) {
    if (e instanceof Message m && SelfNote.of(m).isPresent()) {
      anchor(m.anchor(), depth);
      note(SelfNote.of(m).get(), depth);
    } else if (e instanceof Message m) {
      anchor(m.anchor(), depth);
      message(m, depth);
    } else if (e instanceof Note n) {
      anchor(n.anchor(), depth);
      note(n, depth);
    } else if (e instanceof Activate a) {
      if (a.activate()) {
        activations.activate(a.participant());
        line(depth, "activate " + id(a.participant()));
      } else if (activations.deactivate(a.participant())) {
        line(depth, "deactivate " + id(a.participant()));
      }
    } else if (e instanceof Destroy d) {
      destroy(d, depth, siblings, index);
    } else if (e instanceof Fragment f) {
      fragment(f, depth, enclosing);
    } else if (e instanceof Comment c) {
      line(depth, c.text().isBlank() ? "%%" : "%% " + c.text().strip());
    } else if (e instanceof Blank) {
      out.append('\n');
    } else if (e instanceof Directive d && d.keyword().equals("autonumber")) {
      line(depth, "autonumber");
    }
  }

  private void message(Message m, int depth) {
    boolean activateTarget = m.activation() == Activation.ACTIVATE_TARGET || m.kind() == StepKind.CALL;
    boolean deactivateSource = m.activation() == Activation.DEACTIVATE_SOURCE || m.kind() == StepKind.REPLY;
    boolean deactivate = deactivateSource && activations.deactivate(m.from());
    if (activateTarget) {
      activations.activate(m.to());
    }
    String shorthand = activateTarget ? "+" : deactivate ? "-" : "";
    String label = MermaidText.label(m.label());
    String marker = switch (m.origin()) {
      case ADDED -> "+ ";
      case REMOVED -> "- ";
      default -> "";
    };
    line(depth, id(m.from()) + arrow(m) + shorthand + id(m.to()) + ": " + (marker + label).strip());
    if (activateTarget && deactivate) {
      // Both shorthands cannot stand on one Mermaid arrow.
      line(depth, "deactivate " + id(m.from()));
    }
    if (m.origin() == Origin.STALE) {
      line(depth, "Note right of " + id(m.to()) + ": stale: no longer in code");
    }
  }

  private static String arrow(Message m) {
    return switch (m.kind()) {
      case CAST, FANOUT -> "-)";
      case REPLY, RESPONSE -> "-->>";
      case MESSAGE -> switch (m.arrow()) {
        case SOLID -> "->>";
        case DASHED -> "-->>";
        case SOLID_OPEN -> "-)";
        case DASHED_OPEN -> "--)";
      };
      default -> "->>";
    };
  }

  private void note(Note n, int depth) {
    String where = switch (n.position()) {
      // Mermaid spans a note over two lifelines at most: the first and the last named.
      case OVER -> "over " + (n.participants().size() == 1 ? id(n.participants().get(0))
          : id(n.participants().get(0)) + "," + id(n.participants().get(n.participants().size() - 1)));
      case LEFT_OF -> "left of " + id(n.participants().get(0));
      case RIGHT_OF -> "right of " + id(n.participants().get(0));
    };
    String marker = switch (n.origin()) {
      case STALE -> "stale: ";
      case ADDED -> "+ ";
      case REMOVED -> "- ";
      default -> "";
    };
    line(depth, "Note " + where + ": " + (marker + MermaidText.label(n.text())).strip());
  }

  /** Mermaid destroys a lifeline at the next message that involves it; without one, a note says it. */
  private void destroy(Destroy d, int depth, List<Element> siblings, int index) {
    activations.destroy(d.participant());
    Optional<Message> next = siblings.subList(index + 1, siblings.size()).stream()
        .filter(Message.class::isInstance).map(Message.class::cast).findFirst();
    if (next.isPresent() && (next.get().from().equals(d.participant()) || next.get().to().equals(d.participant()))) {
      line(depth, "destroy " + id(d.participant()));
    } else {
      line(depth, "Note over " + id(d.participant()) + ": destroyed");
    }
  }

  private void fragment(Fragment f, int depth, Origin enclosing) {
    String kind = f.kind().toLowerCase(Locale.ROOT);
    boolean single = f.branches().size() == 1;
    boolean nativeKind = kind.equals("alt") || kind.equals("par") || (single && (kind.equals("opt") || kind.equals("loop")));
    if (!nativeKind && (kind.equals("opt") || kind.equals("loop"))) {
      // Mermaid's opt and loop take no else; several branches read best as alternatives.
      kind = "alt";
      nativeKind = true;
    }
    for (int i = 0; i < f.branches().size(); i++) {
      Branch b = f.branches().get(i);
      String guard = MermaidText.label(b.guard());
      if (nativeKind) {
        String keyword = i == 0 ? kind : kind.equals("par") ? "and" : "else";
        line(depth, guard.isEmpty() ? keyword : keyword + " " + guard);
        body(b.elements(), depth + 1, enclosing);
      } else {
        if (i == 0) {
          line(depth, "rect " + GROUP_RECT);
        }
        String heading = MermaidText.label(i == 0 ? f.kind() : "else");
        line(depth + 1, "Note over " + span() + ": " + (guard.isEmpty() ? heading : heading + " " + guard));
        body(b.elements(), depth + 1, enclosing);
      }
    }
    line(depth, "end");
  }

  /** The first and last lifelines, for a note across the whole diagram. */
  private String span() {
    return first.equals(last) ? first : first + "," + last;
  }

  private void anchor(Optional<SourceAnchor> anchor, int depth) {
    anchor.ifPresent(a -> line(depth, "%% " + a.path() + (a.line() > 0 ? ":" + a.line() : "")
        + (a.function().isEmpty() ? "" : " " + a.function())));
  }

  /** The mark of the first element after {@code index} that is not a comment or blank line, null when none. */
  private Origin nextMark(List<Element> elements, int index, Origin enclosing) {
    for (Element e : elements.subList(index + 1, elements.size())) {
      if (!(e instanceof Comment || e instanceof Blank)) {
        return mark(e).filter(o -> o != enclosing).orElse(null);
      }
    }
    return null;
  }

  /** The origin an element is marked with, if any. */
  private Optional<Origin> mark(Element e) {
    Origin origin = Origin.HAND;
    if (e instanceof Message m) {
      origin = m.origin();
    } else if (e instanceof Note n) {
      origin = n.origin();
    } else if (e instanceof Activate a) {
      origin = a.origin();
    } else if (e instanceof Fragment f) {
      origin = f.origin();
    }
    return switch (origin) {
      case STALE, ADDED, REMOVED -> Optional.of(origin);
      case DERIVED -> markDerived ? Optional.of(origin) : Optional.empty();
      case HAND, UNCHANGED -> Optional.empty();
    };
  }

  private static String rectColour(Origin origin) {
    return switch (origin) {
      case DERIVED -> DERIVED_RECT;
      case ADDED -> ADDED_RECT;
      default -> STALE_RECT;
    };
  }

  private static boolean hasOrigin(List<Element> elements, Origin origin) {
    for (Element e : elements) {
      if (e instanceof Message m && m.origin() == origin || e instanceof Note n && n.origin() == origin) {
        return true;
      }
      if (e instanceof Fragment f && f.branches().stream().anyMatch(b -> hasOrigin(b.elements(), origin))) {
        return true;
      }
    }
    return false;
  }

  /** Names not seen by {@link Diagram#allParticipants()} cannot occur, but stay safe if they do. */
  private String id(String name) {
    return ids.computeIfAbsent(name, n -> MermaidText.identifier(n, used));
  }

  private void line(int depth, String text) {
    out.append(INDENT.repeat(depth)).append(text.stripTrailing()).append('\n');
  }
}
