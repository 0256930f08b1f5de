package io.seqtrace.wsd;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Blank;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Directive;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SelfNote;
import io.seqtrace.sequence.SourceAnchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Diagram} back as a websequencediagrams script that {@link WsdReader} reads back to
 * the same diagram (line numbers aside).
 *
 * <p>Layout: fragment bodies are indented by four spaces; messages are written {@code a->b: label},
 * notes {@code note over a: text}; the title goes where the reader's {@code Directive("title")}
 * stood (first line when there is none), explicit participants go back before the first body
 * element written after them (first, when their line is 0).
 *
 * <p>WSD has no syntax for provenance, so it is written as comment lines just before the element:
 *
 * <pre>
 * # seqtrace: derived                   before an Origin.DERIVED message, note, activation or fragment
 * # nova/compute/api.py pause()         ... followed by its source anchor when it has one
 * # seqtrace: stale                     before an Origin.STALE element (the model carries no reason)
 * </pre>
 *
 * A message from a participant to itself of kind NOTIFY or NOTE (derived events and checks) is
 * written as {@code note over p: notify: <label>} or {@code note over p: <label>}.
 *
 * Reading such a script back yields these as ordinary comments.
 */
public final class WsdWriter {
  /** Marker comment text written before derived elements. */
  public static final String DERIVED_MARKER = "seqtrace: derived";
  /** Marker comment text written before stale elements. */
  public static final String STALE_MARKER = "seqtrace: stale";

  private static final String INDENT = "    ";

  private final Diagram diagram;
  private final StringBuilder out = new StringBuilder();
  private final List<Participant> pending;

  private WsdWriter(Diagram diagram) {
    this.diagram = diagram;
    this.pending = new ArrayList<>(diagram.participants());
  }

  /** The script text, one element a line, ending with a newline. */
  public static String write(Diagram diagram) {
    return new WsdWriter(diagram).script();
  }

  private String script() {
    boolean titleInBody = containsTitle(diagram.elements());
    if (!titleInBody && !diagram.title().isEmpty()) {
      line(0, "title " + oneLine(diagram.title()));
    }
    flushParticipants(1);
    List<Element> body = diagram.elements();
    for (int i = 0; i < body.size(); i++) {
      // A derived element (line 0) inserted before a hand-written one goes after the
      // declarations that precede that hand-written element, so lifelines keep their order.
      int line = body.get(i).line() > 0 ? body.get(i).line() : nextLine(body, i);
      if (line > 0) {
        flushParticipants(line);
      }
      element(body.get(i), 0);
    }
    flushParticipants(Integer.MAX_VALUE);
    return out.toString();
  }

  /** The script line of the first element at or after {@code from} that has one, 0 when none does. */
  private static int nextLine(List<Element> body, int from) {
    return body.subList(from, body.size()).stream().mapToInt(Element::line).filter(l -> l > 0).findFirst().orElse(0);
  }

  /** Writes the declarations that stood before script line {@code before}. */
  private void flushParticipants(int before) {
    while (!pending.isEmpty() && pending.get(0).line() < before) {
      Participant p = pending.remove(0);
      String keyword = p.actor() ? "actor" : "participant";
      String name = name(p.name());
      line(0, p.label().isEmpty() ? keyword + " " + name : keyword + " \"" + p.label() + "\" as " + name);
    }
  }

  private void element(Element e, int depth) {
    if (e instanceof Message m && SelfNote.of(m).isPresent()) {
      provenance(m.origin(), m.anchor(), depth);
      note(SelfNote.of(m).get(), depth);
    } else if (e instanceof Message m) {
      provenance(m.origin(), m.anchor(), depth);
      String label = m.label().isEmpty() ? "" : ": " + oneLine(m.label());
      line(depth, name(m.from()) + m.arrow().token() + m.activation().token() + name(m.to()) + label);
    } else if (e instanceof Note n) {
      provenance(n.origin(), n.anchor(), depth);
      note(n, depth);
    } else if (e instanceof Activate a) {
      provenance(a.origin(), Optional.empty(), depth);
      line(depth, (a.activate() ? "activate " : "deactivate ") + name(a.participant()));
    } else if (e instanceof Destroy d) {
      line(depth, "destroy " + name(d.participant()));
    } else if (e instanceof Fragment f) {
      provenance(f.origin(), Optional.empty(), depth);
      fragment(f, depth);
    } else if (e instanceof Comment c) {
      line(depth, comment(c.text()));
    } else if (e instanceof Blank) {
      out.append('\n');
    } else if (e instanceof Directive d) {
      String argument = d.keyword().equals("title") ? oneLine(diagram.title()) : d.argument();
      line(depth, argument.isEmpty() ? d.keyword() : d.keyword() + " " + argument);
    }
  }

  private void note(Note n, int depth) {
    String head = "note " + n.position().keyword() + " " + String.join(",", n.participants().stream().map(WsdWriter::name).toList());
    // A real line break can only be kept by the block form.
    if (n.block() || n.text().contains("\n")) {
      line(depth, head);
      for (String text : n.text().split("\n", -1)) {
        line(depth + 1, text.strip());
      }
      line(depth, "end note");
    } else {
      line(depth, n.text().isEmpty() ? head + ":" : head + ": " + n.text());
    }
  }

  private void fragment(Fragment f, int depth) {
    for (int i = 0; i < f.branches().size(); i++) {
      Branch b = f.branches().get(i);
      String keyword = i == 0 ? f.kind() : "else";
      line(depth, b.guard().isEmpty() ? keyword : keyword + " " + oneLine(b.guard()));
      for (Element e : b.elements()) {
        element(e, depth + 1);
      }
    }
    line(depth, "end");
  }

  private void provenance(Origin origin, Optional<SourceAnchor> anchor, int depth) {
    if (origin == Origin.DERIVED) {
      line(depth, "# " + DERIVED_MARKER);
      anchor.ifPresent(a -> line(depth, "# " + WsdAnchors.format(a)));
    } else if (origin == Origin.STALE) {
      line(depth, "# " + STALE_MARKER);
    }
  }

  /** Inverse of the reader's comment rule: {@code #} plus the text, with a space unless it is a heading. */
  private static String comment(String text) {
    if (text.isEmpty()) {
      return "#";
    }
    return text.startsWith("#") ? "#" + text : "# " + text;
  }

  /** Names with characters WSD would read as syntax are quoted; the reader unquotes them. */
  private static String name(String name) {
    return name.matches("[\\p{L}\\p{N}_.]+") ? name : "\"" + name + "\"";
  }

  /** Scripts are line oriented, so a real line break becomes the {@code \n} escape WSD renders. */
  private static String oneLine(String text) {
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }

  private void line(int depth, String text) {
    out.append(INDENT.repeat(depth)).append(text.stripTrailing()).append('\n');
  }

  /** A title written inside a fragment (an unclosed {@code opt} above it) still counts: writing a second one would not read back. */
  private static boolean containsTitle(List<Element> elements) {
    for (Element e : elements) {
      if (e instanceof Directive d && d.keyword().equals("title")) {
        return true;
      }
      if (e instanceof Element.Fragment f && f.branches().stream().anyMatch(b -> containsTitle(b.elements()))) {
        return true;
      }
    }
    return false;
  }
}
