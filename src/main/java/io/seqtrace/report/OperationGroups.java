package io.seqtrace.report;

import io.seqtrace.trace.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Orders the index the way people look for operations: the well-known ones first, under the alias
 * people know them by (live_migrate, not os-migrateLive), then every other operation grouped by
 * the controller that handles it, so the cells, agents or bare-metal variants of an API sit
 * together under their resource.
 */
final class OperationGroups {
  /** The heading of the first group. */
  static final String WELL_KNOWN = "Well-known operations";

  /**
   * One heading of the index and its operations in order.
   *
   * @param label the resource name ({@code cells}, {@code bare_metal_node}) or {@link #WELL_KNOWN}
   * @param controller the handling class, empty for the well-known group
   */
  record Group(String label, String controller, List<OperationReport> operations) {
    Group {
      operations = List.copyOf(operations);
    }
  }

  private OperationGroups() {}

  /** The name to show first: the first alias when there is one, else the API name. */
  static String knownName(Operation op) {
    return op.aliases().isEmpty() ? op.name() : op.aliases().get(0);
  }

  static List<Group> of(List<OperationReport> reports) {
    Comparator<OperationReport> byName = Comparator.comparing((OperationReport r) -> knownName(r.operation()).toLowerCase(Locale.ROOT))
        .thenComparing(r -> knownName(r.operation()));
    List<Group> groups = new ArrayList<>();
    List<OperationReport> wellKnown = reports.stream().filter(r -> !r.operation().aliases().isEmpty()).sorted(byName).toList();
    if (!wellKnown.isEmpty()) {
      groups.add(new Group(WELL_KNOWN, "", wellKnown));
    }
    Map<String, List<OperationReport>> byController = new LinkedHashMap<>();
    reports.stream().filter(r -> r.operation().aliases().isEmpty())
        .forEach(r -> byController.computeIfAbsent(controller(r.operation()), c -> new ArrayList<>()).add(r));
    Map<String, Group> sorted = new TreeMap<>();
    byController.forEach((controller, ops) -> {
      String label = label(controller, ops);
      sorted.put(label.toLowerCase(Locale.ROOT) + "\0" + controller, new Group(label, controller, ops.stream().sorted(byName).toList()));
    });
    groups.addAll(sorted.values());
    return groups;
  }

  /** {@code ServersController} for {@code ServersController._action_pause}; the module for a plain function. */
  static String controller(Operation op) {
    String local = op.entry().localName();
    int dot = local.indexOf('.');
    return dot > 0 ? local.substring(0, dot) : op.entry().path();
  }

  /** The resource a CRUD operation of the group names ({@code cells} of {@code cells.create}), else the class without "Controller". */
  private static String label(String controller, List<OperationReport> ops) {
    return ops.stream().map(r -> r.operation().name()).filter(n -> n.contains(".")).sorted()
        .map(n -> n.substring(0, n.indexOf('.'))).findFirst()
        .orElse(controller.endsWith("Controller") && controller.length() > "Controller".length()
            ? controller.substring(0, controller.length() - "Controller".length()) : controller);
  }
}
