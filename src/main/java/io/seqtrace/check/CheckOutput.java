package io.seqtrace.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a check report as text ({@code script.wsd:LINE: kind: message} lines and a summary) or
 * as {@code {"ref", "scripts": [{"script", "operation", "status", "findings": [{"line", "kind",
 * "message"}]}]}}, where an unknown script's operation is {@code null}; an unreadable script has
 * status {@code error} and an {@code error} key with the reader's diagnostic.
 */
public final class CheckOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CheckOutput() {}

  public static String text(CheckReport report) {
    StringBuilder out = new StringBuilder();
    for (ScriptCheck s : report.scripts()) {
      for (Finding f : s.findings()) {
        out.append(s.script()).append(':').append(f.line()).append(": ").append(f.kind().id()).append(": ")
            .append(f.message()).append('\n');
      }
    }
    out.append(report.scripts().size()).append(" scripts: ")
        .append(report.count(ScriptStatus.FRESH)).append(" fresh, ")
        .append(report.count(ScriptStatus.STALE)).append(" stale, ")
        .append(report.count(ScriptStatus.UNKNOWN)).append(" unknown");
    if (report.count(ScriptStatus.ERROR) > 0) {
      out.append(", ").append(report.count(ScriptStatus.ERROR)).append(" unreadable");
    }
    out.append('\n');
    return out.toString();
  }

  public static ObjectNode toJson(CheckReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("ref", report.ref());
    ArrayNode scripts = root.putArray("scripts");
    for (ScriptCheck s : report.scripts()) {
      ObjectNode o = scripts.addObject();
      o.put("script", s.script());
      if (s.operation().isPresent()) {
        o.put("operation", s.operation().get());
      } else {
        o.putNull("operation");
      }
      o.put("status", s.status().id());
      s.error().ifPresent(e -> o.put("error", e));
      ArrayNode findings = o.putArray("findings");
      for (Finding f : s.findings()) {
        ObjectNode fo = findings.addObject();
        fo.put("line", f.line());
        fo.put("kind", f.kind().id());
        fo.put("message", f.message());
      }
    }
    return root;
  }

  public static String json(CheckReport report) {
    try {
      return MAPPER.writeValueAsString(toJson(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
