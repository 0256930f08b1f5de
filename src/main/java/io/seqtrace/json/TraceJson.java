package io.seqtrace.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Participant;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.TraceResult;
import java.util.List;

/**
 * Writes a traced operation as the documented JSON shape:
 * {@code {"operation", "ref", "commit", "entry", "participants", "steps", "guesses", "unresolved"}}.
 *
 * <p>Each step is {@code {"kind", "from", "to", "label", "method", "source": {"path", "line",
 * "function"}}}; a fragment is {@code {"kind": "alt"|"opt"|"loop", "branches": [{"guard",
 * "steps"}]}}. Activations are drawing hints and are left out. Keys keep this order, so output is
 * stable for diffs and golden files.
 */
public final class TraceJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TraceJson() {}

  public static ObjectNode toJson(TraceResult result, String ref, String commit) {
    ObjectNode root = NODES.objectNode();
    root.put("operation", result.operation().name());
    root.put("ref", ref);
    root.put("commit", commit);
    ObjectNode entry = root.putObject("entry");
    entry.put("kind", result.operation().kind());
    entry.put("path", result.operation().entry().path());
    entry.put("line", result.operation().entry().def().line());
    entry.put("function", result.operation().entry().localName());
    ArrayNode aliases = entry.putArray("aliases");
    result.operation().aliases().forEach(aliases::add);
    ArrayNode participants = root.putArray("participants");
    for (Participant p : result.diagram().participants()) {
      participants.add(p.name());
    }
    root.set("steps", steps(result.diagram().elements()));
    ArrayNode guesses = root.putArray("guesses");
    result.guesses().forEach(guesses::add);
    ArrayNode unresolved = root.putArray("unresolved");
    result.unresolved().forEach(unresolved::add);
    root.put("truncated", result.truncated());
    return root;
  }

  public static String write(TraceResult result, String ref, String commit) {
    try {
      return MAPPER.writeValueAsString(toJson(result, ref, commit)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ArrayNode steps(List<Element> elements) {
    ArrayNode steps = NODES.arrayNode();
    for (Element e : elements) {
      if (e instanceof Element.Message m) {
        steps.add(step(m));
      } else if (e instanceof Element.Fragment f) {
        ObjectNode fragment = steps.addObject();
        fragment.put("kind", f.kind());
        ArrayNode branches = fragment.putArray("branches");
        for (Element.Branch b : f.branches()) {
          ObjectNode branch = branches.addObject();
          branch.put("guard", b.guard());
          branch.set("steps", steps(b.elements()));
        }
      }
    }
    return steps;
  }

  /** One message as a JSON step. */
  public static ObjectNode step(Element.Message m) {
    ObjectNode step = NODES.objectNode();
    step.put("kind", m.kind().jsonName());
    step.put("from", m.from());
    step.put("to", m.to());
    step.put("label", m.label());
    step.put("method", m.method());
    if (m.anchor().isPresent()) {
      SourceAnchor a = m.anchor().get();
      ObjectNode source = step.putObject("source");
      source.put("path", a.path());
      source.put("line", a.line());
      source.put("function", a.function());
    }
    return step;
  }
}
