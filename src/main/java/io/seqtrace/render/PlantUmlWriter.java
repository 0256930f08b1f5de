package io.seqtrace.render;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Directive;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SelfNote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates a {@link Diagram} into PlantUML sequence-diagram source.
 *
 * <p>Only the model is translated, never script text, and every name and label goes through
 * {@link PlantUmlText}, so nothing a script contains can become a PlantUML directive. Participants
 * are declared up front under generated identifiers in order of first appearance.
 *
 * <p>Arrows follow the step kind: {@code CAST}/{@code FANOUT} {@code ->>}, {@code CALL} {@code ->}
 * activating its target, {@code REPLY}/{@code RESPONSE} {@code -->} (a reply also ends the
 * replier's activation), {@code MESSAGE} the arrow as written, anything else {@code ->}. Derived
 * elements are blue, stale ones red (a merge adds the reason as a note); in diff diagrams added elements are
 * green, removed ones red and unchanged ones grey. Unbalanced deactivations are dropped
 * because PlantUML rejects them. A NOTIFY or NOTE step from a participant to itself becomes a note
 * over it, as in the WSD writer. Comments, blank lines and WSD {@code option}s are not rendered.
 */
public final class PlantUmlWriter {
  static final String DERIVED_COLOR = "#1f6feb";
  static final String DERIVED_NOTE = "#DDEEFF";
  static final String STALE_COLOR = "#d73a49";
  static final String STALE_NOTE = "#FFDDDD";
  static final String ADDED_COLOR = "#22863a";
  static final String ADDED_NOTE = "#DDFFDD";
  static final String UNCHANGED_COLOR = "#999999";
  static final String UNCHANGED_NOTE = "#F2F2F2";

  /** Skin chosen for long, narrow Nova diagrams: wrapped labels, visible activation bars. */
  private static final List<String> SKIN = List.of(
      "!pragma teoz false",
      "skinparam shadowing false",
      "skinparam defaultFontSize 13",
      "skinparam maxMessageSize 250",
      "skinparam responseMessageBelowArrow true",
      "skinparam ParticipantPadding 16",
      "skinparam BoxPadding 10",
      "skinparam sequenceLifeLineBorderColor #666666",
      "skinparam sequenceLifeLineBackgroundColor #E6ECF5",
      "skinparam sequenceGroupBorderColor #888888",
      "skinparam noteBackgroundColor #FFFDE7",
      "skinparam noteBorderColor #B8A96A");

  private final Diagram diagram;
  private final StringBuilder out = new StringBuilder();
  /** The fragment depth of each lifeline's last message, to place activations after a group ends. */
  private final java.util.Map<String, Integer> lastMessageDepth = new java.util.HashMap<>();
  private final List<Integer> sourceLines = new ArrayList<>();
  private final Map<String, String> aliases = new HashMap<>();
  private final ActivationTracker activations = new ActivationTracker();
  private int depth;

  private final DiagramSize.Measure size;

  private PlantUmlWriter(Diagram diagram, DiagramSize.Measure size) {
    this.diagram = diagram;
    this.size = size;
  }

  /** The PlantUML source for {@code diagram}; the same diagram always gives the same text. */
  public static PlantUmlScript write(Diagram diagram) {
    return new PlantUmlWriter(diagram, DiagramSize.measure(diagram)).script();
  }

  private PlantUmlScript script() {
    line(0, "@startuml");
    SKIN.forEach(s -> line(0, s));
    if (!diagram.title().isEmpty()) {
      line(0, "title " + PlantUmlText.label(diagram.title()));
    }
    Set<String> used = PlantUmlText.newAliasSet();
    for (Participant p : diagram.allParticipants()) {
      String alias = PlantUmlText.alias(p.name(), used);
      aliases.put(p.name(), alias);
      String keyword = p.actor() ? "actor" : "participant";
      line(p.line(), keyword + " \"" + PlantUmlText.label(p.displayName()) + "\" as " + alias);
    }
    diagram.elements().forEach(this::element);
    line(0, "@enduml");
    return new PlantUmlScript(out.toString(), sourceLines, size.elements(), size.participants());
  }

  private void element(Element e) {
    if (e instanceof Message m && SelfNote.of(m).isPresent()) {
      note(SelfNote.of(m).get());
    } else if (e instanceof Message m) {
      message(m);
    } else if (e instanceof Note n) {
      note(n);
    } else if (e instanceof Activate a) {
      activate(a);
    } else if (e instanceof Destroy d) {
      activations.destroy(d.participant());
      line(d.line(), "destroy " + alias(d.participant()));
    } else if (e instanceof Fragment f) {
      fragment(f);
    } else if (e instanceof Directive d && d.keyword().equals("autonumber")) {
      // WSD and PlantUML share "autonumber [start]"; anything fancier is dropped.
      line(d.line(), d.argument().matches("\\d+") ? "autonumber " + d.argument() : "autonumber");
    }
  }

  private void message(Message m) {
    String from = alias(m.from());
    String to = alias(m.to());
    boolean activateTarget = m.activation() == Activation.ACTIVATE_TARGET || m.kind() == Element.StepKind.CALL;
    boolean deactivateSource = m.activation() == Activation.DEACTIVATE_SOURCE || m.kind() == Element.StepKind.REPLY;
    // Order matters: PlantUML ends the source's activation before starting the target's.
    boolean deactivate = deactivateSource && activations.deactivate(m.from());
    if (activateTarget) {
      activations.activate(m.to());
    }
    String suffix = activateTarget ? " ++" : deactivate ? " --" : "";
    String label = PlantUmlText.label(m.label());
    if ((m.origin() == Origin.STALE || m.origin() == Origin.REMOVED) && !label.isEmpty()) {
      label = colored(label, "red");
    } else if (m.origin() == Origin.ADDED && !label.isEmpty()) {
      label = colored(label, ADDED_COLOR);
    } else if (m.origin() == Origin.UNCHANGED && !label.isEmpty()) {
      label = colored(label, UNCHANGED_COLOR);
    }
    // A stale message's reason is the note a merge puts after it, so none is added here.
    line(m.line(), from + " " + arrow(m) + " " + to + suffix + (label.isEmpty() ? "" : " : " + label));
    lastMessageDepth.put(m.to(), depth);
    lastMessageDepth.put(m.from(), depth);
    if (activateTarget && deactivate) {
      // Both shorthands at once cannot be written on one PlantUML arrow.
      line(m.line(), "deactivate " + from);
    }
  }

  /** PlantUML colour tags end at a line break, so each line of a label gets its own pair. */
  static String colored(String label, String color) {
    return Arrays.stream(label.split("\\\\n", -1))
        .map(part -> part.isEmpty() ? part : "<color:" + color + ">" + part + "</color>")
        .collect(Collectors.joining("\\n"));
  }

  private static String arrow(Message m) {
    String token = switch (m.kind()) {
      case CAST, FANOUT -> "->>";
      case REPLY, RESPONSE -> "-->";
      case MESSAGE -> m.arrow().token();
      default -> "->";
    };
    String color = switch (m.origin()) {
      case DERIVED -> DERIVED_COLOR;
      case STALE, REMOVED -> STALE_COLOR;
      case ADDED -> ADDED_COLOR;
      case UNCHANGED -> UNCHANGED_COLOR;
      case HAND -> "";
    };
    // A colour goes after the first dash: -[#c]>, -[#c]->, -[#c]>>, -[#c]->>.
    return color.isEmpty() ? token : "-[" + color + "]" + token.substring(1);
  }

  private void note(Note n) {
    String where = switch (n.position()) {
      case OVER -> "over " + String.join(", ", n.participants().stream().map(this::alias).toList());
      case LEFT_OF -> "left of " + alias(n.participants().get(0));
      case RIGHT_OF -> "right of " + alias(n.participants().get(0));
    };
    String color = switch (n.origin()) {
      case DERIVED -> " " + DERIVED_NOTE;
      case STALE, REMOVED -> " " + STALE_NOTE;
      case ADDED -> " " + ADDED_NOTE;
      case UNCHANGED -> " " + UNCHANGED_NOTE;
      case HAND -> "";
    };
    String text = PlantUmlText.label(n.text());
    if (n.origin() == Origin.STALE) {
      text = "<color:red>stale:</color> " + text;
    }
    // PlantUML rejects a note without text.
    line(n.line(), "note " + where + color + " : " + (text.isEmpty() ? "&#160;" : text));
  }

  private void activate(Activate a) {
    String alias = alias(a.participant());
    if (a.activate()) {
      activations.activate(a.participant());
      if (lastMessageDepth.getOrDefault(a.participant(), depth) > depth) {
        // The lifeline's last message sits in a group that has ended: PlantUML would start this
        // bar at the top of the diagram. A hidden self-message gives it a place to start.
        line(a.line(), alias + " -[hidden]> " + alias);
        lastMessageDepth.put(a.participant(), depth);
      }
      line(a.line(), "activate " + alias + (a.origin() == Origin.DERIVED ? " " + DERIVED_NOTE : ""));
    } else if (activations.deactivate(a.participant())) {
      line(a.line(), "deactivate " + alias);
    }
  }

  private void fragment(Fragment f) {
    for (int i = 0; i < f.branches().size(); i++) {
      Branch b = f.branches().get(i);
      String guard = PlantUmlText.label(b.guard());
      if (i > 0) {
        line(b.line(), guard.isEmpty() ? "else" : "else " + guard);
      } else if (Set.of("alt", "opt", "loop", "par").contains(f.kind())) {
        line(b.line(), guard.isEmpty() ? f.kind() : f.kind() + " " + guard);
      } else {
        // ref, state and anything newer become a labelled group.
        String kind = PlantUmlText.label(f.kind());
        line(b.line(), guard.isEmpty() ? "group " + kind : "group " + kind + " [" + guard + "]");
      }
      depth++;
      b.elements().forEach(this::element);
      depth--;
    }
    line(f.endLine(), "end");
  }

  /** Names not seen by {@link Diagram#allParticipants()} cannot occur, but stay safe if they do. */
  private String alias(String name) {
    String alias = aliases.get(name);
    return alias != null ? alias : "\"" + PlantUmlText.label(name) + "\"";
  }

  private void line(int sourceLine, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
    sourceLines.add(sourceLine);
  }
}
