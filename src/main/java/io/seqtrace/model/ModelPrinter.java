package io.seqtrace.model;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Prints a syntax model as an indented tree, one node a line, for golden tests and debugging.
 *
 * <p>The format is stable and deterministic: {@code TypeName@line:col} then the node's scalar
 * fields as {@code name=value}, then each child list or child node on lines of its own, indented
 * by two spaces. Empty lists and absent optionals are left out.
 */
public final class ModelPrinter {

  private ModelPrinter() {}

  public static String print(Module module) {
    StringBuilder out = new StringBuilder();
    out.append("Module name=").append(module.name()).append(" lines=").append(module.lines()).append('\n');
    for (Stmt stmt : module.body()) {
      node(stmt, 1, "", out);
    }
    return out.toString();
  }

  private static void node(Object value, int depth, String label, StringBuilder out) {
    indent(depth, out);
    if (!label.isEmpty()) {
      out.append(label).append(": ");
    }
    Class<?> type = value.getClass();
    out.append(type.getSimpleName());
    RecordComponent[] components = type.getRecordComponents();
    int line = intComponent(value, components, "line");
    int column = intComponent(value, components, "column");
    if (line > 0) {
      out.append('@').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    // Scalars first, on the node's own line.
    for (RecordComponent c : components) {
      Object v = get(value, c);
      String name = c.getName();
      if (name.equals("line") || name.equals("column")) {
        continue;
      }
      if (v instanceof String s) {
        out.append(' ').append(name).append('=').append(quote(s));
      } else if (v instanceof Boolean || v instanceof Number || v instanceof Enum<?>) {
        if (!(v instanceof Boolean b && !b)) {
          out.append(' ').append(name).append('=').append(v);
        }
      }
    }
    out.append('\n');
    for (RecordComponent c : components) {
      Object v = get(value, c);
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      }
      if (v instanceof List<?> list) {
        for (Object item : list) {
          child(item, depth + 1, c.getName(), out);
        }
      } else if (v != null && v.getClass().isRecord()) {
        child(v, depth + 1, c.getName(), out);
      }
    }
  }

  private static void child(Object item, int depth, String label, StringBuilder out) {
    if (item.getClass().isRecord()) {
      node(item, depth, label, out);
    } else {
      indent(depth, out);
      out.append(label).append(": ").append(item).append('\n');
    }
  }

  private static int intComponent(Object value, RecordComponent[] components, String name) {
    for (RecordComponent c : components) {
      if (c.getName().equals(name) && c.getType() == int.class) {
        return (Integer) get(value, c);
      }
    }
    return 0;
  }

  private static Object get(Object value, RecordComponent c) {
    try {
      return c.getAccessor().invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + '"';
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
