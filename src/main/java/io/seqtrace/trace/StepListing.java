package io.seqtrace.trace;

import io.seqtrace.sequence.Element;
import java.util.List;

/**
 * A compact, line-per-step text form of a derived diagram, for golden tests and terminals:
 * {@code nova_api ->> nova_compute: pause_instance (cast) @ nova/compute/rpcapi.py:559 ComputeAPI.pause_instance},
 * fragments as indented {@code alt guard} / {@code else guard} / {@code end} blocks.
 */
public final class StepListing {
  private StepListing() {}

  public static String of(List<Element> elements) {
    StringBuilder out = new StringBuilder();
    write(elements, 0, out);
    return out.toString();
  }

  private static void write(List<Element> elements, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        out.append(indent).append(line(m)).append('\n');
      } else if (e instanceof Element.Fragment f) {
        for (int i = 0; i < f.branches().size(); i++) {
          Element.Branch b = f.branches().get(i);
          out.append(indent).append(i == 0 ? f.kind() : "else").append(' ').append(b.guard()).append('\n');
          write(b.elements(), depth + 1, out);
        }
        out.append(indent).append("end\n");
      }
    }
  }

  /** One message: participants, arrow by kind, label, kind and anchor. */
  public static String line(Element.Message m) {
    String arrow = switch (m.kind()) {
      case CAST, FANOUT -> " ->> ";
      case REPLY, RESPONSE -> " --> ";
      default -> " -> ";
    };
    StringBuilder sb = new StringBuilder(m.from()).append(arrow).append(m.to()).append(": ")
        .append(m.label()).append(" (").append(m.kind().jsonName()).append(')');
    m.anchor().ifPresent(a -> sb.append(" @ ").append(a.path()).append(':').append(a.line()).append(' ').append(a.function()));
    return sb.toString();
  }
}
