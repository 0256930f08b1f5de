package io.seqtrace.render;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Limits;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Refuses diagrams too large or too deeply nested to render in bounded time, memory and stack. */
final class DiagramSize {
  /** PlantUML and our writer recurse once per fragment level; deeper input would exhaust the stack. */
  static final int MAX_FRAGMENT_DEPTH = 100;

  private DiagramSize() {}

  /**
   * Throws {@code path: diagram too large to render (...)} when the diagram has more elements than
   * {@link Limits#maxRenderElements()} or fragments nested deeper than {@link #MAX_FRAGMENT_DEPTH}.
   */
  static void requireRenderable(Diagram diagram, String path) {
    int limit = Limits.maxRenderElements();
    long count = 0;
    int deepest = 0;
    // Iterative on purpose: this guard must not itself overflow the stack on the input it guards against.
    Deque<Level> pending = new ArrayDeque<>();
    pending.push(new Level(diagram.elements(), 0));
    while (!pending.isEmpty()) {
      Level level = pending.pop();
      deepest = Math.max(deepest, level.depth());
      for (Element e : level.elements()) {
        count++;
        if (e instanceof Element.Fragment f) {
          f.branches().forEach(b -> pending.push(new Level(b.elements(), level.depth() + 1)));
        }
      }
    }
    if (deepest > MAX_FRAGMENT_DEPTH) {
      throw InputException.at(path, 0, 0, "fragments nested too deeply to render (" + deepest + " levels > limit "
          + MAX_FRAGMENT_DEPTH + ")");
    }
    if (count > limit) {
      throw InputException.at(path, 0, 0, "diagram too large to render (" + count + " elements > limit " + limit
          + "; raise with -D" + Limits.MAX_RENDER_ELEMENTS + ")");
    }
  }

  /** Elements at one fragment depth. */
  private record Level(List<Element> elements, int depth) {}
}
