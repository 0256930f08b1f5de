package io.seqtrace.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.diff.StepChange;
import io.seqtrace.json.TraceJson;
import java.util.List;

/**
 * Writes a history as {@code {"repo", "refs", "operations": [{"operation", "present",
 * "untraceable", "changes": [{"from_ref", "to_ref", "added", "removed", "changed": [{"before",
 * "after"}]}], "hops": [{"from", "to", "method", "kind", "first", "last"}]}]}}, steps in the
 * shape of {@link TraceJson#step}. Only pairs of releases that differ are listed under changes.
 */
public final class HistoryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HistoryJson() {}

  public static ObjectNode toJson(History history) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("repo", history.repo());
    strings(root.putArray("refs"), history.refs());
    ArrayNode operations = root.putArray("operations");
    for (OperationHistory op : history.operations()) {
      ObjectNode o = operations.addObject();
      o.put("operation", op.operation());
      strings(o.putArray("present"), op.present());
      strings(o.putArray("untraceable"), op.untraceable());
      ArrayNode changes = o.putArray("changes");
      for (ReleaseChange c : op.changes()) {
        if (c.diff().unchanged()) {
          continue;
        }
        ObjectNode change = changes.addObject();
        change.put("from_ref", c.fromRef());
        change.put("to_ref", c.toRef());
        ArrayNode added = change.putArray("added");
        c.diff().added().forEach(m -> added.add(TraceJson.step(m)));
        ArrayNode removed = change.putArray("removed");
        c.diff().removed().forEach(m -> removed.add(TraceJson.step(m)));
        ArrayNode changed = change.putArray("changed");
        for (StepChange sc : c.diff().changed()) {
          ObjectNode pair = changed.addObject();
          pair.set("before", TraceJson.step(sc.before()));
          pair.set("after", TraceJson.step(sc.after()));
        }
      }
      ArrayNode hops = o.putArray("hops");
      for (Hop h : op.hops()) {
        ObjectNode hop = hops.addObject();
        hop.put("from", h.from());
        hop.put("to", h.to());
        hop.put("method", h.method());
        hop.put("kind", h.kind());
        hop.put("first", h.first());
        hop.put("last", h.last());
      }
    }
    return root;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  public static String write(History history) {
    try {
      return MAPPER.writeValueAsString(toJson(history)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
