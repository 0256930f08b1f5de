package io.seqtrace.render;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Limits;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/** Refuses diagrams too large or too deeply nested to render in bounded time, memory and stack. */
public final class DiagramSize {
  /** PlantUML and our writer recurse once per fragment level; deeper input would exhaust the stack. */
  static final int MAX_FRAGMENT_DEPTH = 100;

  private DiagramSize() {}

  /**
   * Throws {@code path: diagram too large to render (...)} when the diagram has more elements than
   * {@link Limits#maxRenderElements()}, more participants than {@link Limits#maxRenderParticipants()}
   * or fragments nested deeper than {@link #MAX_FRAGMENT_DEPTH}. Every path that renders checks the
   * limits (through {@link Renderer}), and {@code regen} also before merging, so an oversized script
   * costs a read, not a merge and a render.
   */
  public static void requireRenderable(Diagram diagram, String path) {
    Measure measure = measure(diagram);
    if (measure.depth() > MAX_FRAGMENT_DEPTH) {
      throw InputException.at(path, 0, 0, "fragments nested too deeply to render (" + measure.depth()
          + " levels > limit " + MAX_FRAGMENT_DEPTH + ")");
    }
    requireWithinLimits(measure.elements(), measure.participants(), path);
  }

  /** The same refusal for a size already measured. */
  static void requireWithinLimits(long elements, long participants, String path) {
    // Participants first: PlantUML's layout time grows much faster with them (2,000 took 22 s).
    int maxParticipants = Limits.maxRenderParticipants();
    if (participants > maxParticipants) {
      throw tooLarge(path, participants + " participants > limit " + maxParticipants, Limits.MAX_RENDER_PARTICIPANTS);
    }
    int maxElements = Limits.maxRenderElements();
    if (elements > maxElements) {
      throw tooLarge(path, elements + " elements > limit " + maxElements, Limits.MAX_RENDER_ELEMENTS);
    }
  }

  private static InputException tooLarge(String path, String what, String property) {
    return InputException.at(path, 0, 0, "diagram too large to render (" + what + "; raise with -D" + property + ")");
  }

  /**
   * What PlantUML has to lay out: every element (fragments and what they hold), every distinct
   * participant, declared or only used, and the deepest fragment nesting.
   */
  static Measure measure(Diagram diagram) {
    long count = 0;
    int deepest = 0;
    Set<String> participants = new HashSet<>();
    diagram.participants().forEach(p -> participants.add(p.name()));
    // Iterative on purpose: this guard must not itself overflow the stack on the input it guards against.
    Deque<Level> pending = new ArrayDeque<>();
    pending.push(new Level(diagram.elements(), 0));
    while (!pending.isEmpty()) {
      Level level = pending.pop();
      deepest = Math.max(deepest, level.depth());
      for (Element e : level.elements()) {
        count++;
        if (e instanceof Element.Message m) {
          participants.add(m.from());
          participants.add(m.to());
        } else if (e instanceof Element.Note n) {
          participants.addAll(n.participants());
        } else if (e instanceof Element.Activate a) {
          participants.add(a.participant());
        } else if (e instanceof Element.Destroy d) {
          participants.add(d.participant());
        } else if (e instanceof Element.Fragment f) {
          f.branches().forEach(b -> pending.push(new Level(b.elements(), level.depth() + 1)));
        }
      }
    }
    return new Measure(count, participants.size(), deepest);
  }

  /** A diagram's elements, distinct participants and deepest fragment nesting. */
  record Measure(long elements, long participants, int depth) {}

  /** Elements at one fragment depth. */
  private record Level(List<Element> elements, int depth) {}
}
