package io.seqtrace.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.json.TraceJson;
import java.util.List;

/**
 * Writes diffs as {@code {"from", "to", "operations": [{"operation", "added", "removed",
 * "changed": [{"before", "after"}], "summary": [{"change", "before"?, "after"?, "participant"?,
 * "text"}]}]}}, every step in the shape of {@link TraceJson#step}; {@code summary} is the
 * {@link CrossServiceSummary}, {@code change} one of {@code rpc-renamed}, {@code rpc-kind-changed},
 * {@code hop-moved}, {@code rpc-added}, {@code rpc-removed}, {@code participant-added},
 * {@code participant-removed}.
 */
public final class DiffJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffJson() {}

  public static ObjectNode toJson(String from, String to, List<OperationDiff> diffs) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("from", from);
    root.put("to", to);
    ArrayNode operations = root.putArray("operations");
    for (OperationDiff diff : diffs) {
      ObjectNode op = operations.addObject();
      op.put("operation", diff.operation());
      ArrayNode added = op.putArray("added");
      diff.added().forEach(m -> added.add(TraceJson.step(m)));
      ArrayNode removed = op.putArray("removed");
      diff.removed().forEach(m -> removed.add(TraceJson.step(m)));
      ArrayNode changed = op.putArray("changed");
      for (StepChange c : diff.changed()) {
        ObjectNode pair = changed.addObject();
        pair.set("before", TraceJson.step(c.before()));
        pair.set("after", TraceJson.step(c.after()));
      }
      ArrayNode summary = op.putArray("summary");
      for (CrossServiceSummary.Change c : CrossServiceSummary.of(diff)) {
        ObjectNode o = summary.addObject();
        o.put("change", c.kind().text().replace(' ', '-'));
        c.before().ifPresent(m -> o.set("before", TraceJson.step(m)));
        c.after().ifPresent(m -> o.set("after", TraceJson.step(m)));
        if (!c.participant().isEmpty()) {
          o.put("participant", c.participant());
        }
        o.put("text", c.text());
      }
    }
    return root;
  }

  public static String write(String from, String to, List<OperationDiff> diffs) {
    try {
      return MAPPER.writeValueAsString(toJson(from, to, diffs)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
