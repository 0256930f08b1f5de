package io.seqtrace.trace.symbols;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The setuptools entry points a project declares, by group: {@code console_scripts} (the
 * binaries), and the plugin groups stevedore loads drivers from ({@code sahara.run.mode},
 * {@code sahara.infrastructure.engine}). Read from setup.cfg's {@code [entry_points]} and
 * pyproject.toml's {@code [project.scripts]} and {@code [project.entry-points."group"]}.
 */
public record EntryPoints(Map<String, Map<String, String>> groups) {

  public static final EntryPoints NONE = new EntryPoints(Map.of());
  public static final String CONSOLE_SCRIPTS = "console_scripts";

  public EntryPoints {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    groups.forEach((g, m) -> copy.put(g, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    groups = java.util.Collections.unmodifiableMap(copy);
  }

  /** name → {@code module:attribute} of one group, in the order written. */
  public Map<String, String> group(String group) {
    return groups.getOrDefault(group, Map.of());
  }

  /** The dotted name ({@code sahara.service.ops.RemoteOps}) an entry point names, if declared. */
  public Optional<String> target(String group, String name) {
    return Optional.ofNullable(group(group).get(name)).map(t -> t.replace(':', '.').strip());
  }

  /** {@code text} is setup.cfg, pyproject.toml, or both one after the other. */
  public static EntryPoints parse(String text) {
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    boolean inEntryPoints = false;
    String tomlGroup = null;
    String group = null;
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        inEntryPoints = line.equals("[entry_points]");
        tomlGroup = tomlGroup(line);
        group = null;
        continue;
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int equals = line.indexOf('=');
      if (tomlGroup != null && equals > 0) {
        groups.computeIfAbsent(tomlGroup, g -> new LinkedHashMap<>())
            .putIfAbsent(unquote(line.substring(0, equals).strip()), unquote(line.substring(equals + 1).strip()));
        continue;
      }
      if (!inEntryPoints) {
        continue;
      }
      boolean continuation = Character.isWhitespace(raw.charAt(0));
      if (!continuation) {
        // "console_scripts =" opens a group; its entries follow, indented (or on the same line).
        group = (equals > 0 ? line.substring(0, equals) : line).strip();
        String rest = equals > 0 ? line.substring(equals + 1).strip() : "";
        if (rest.contains("=")) {
          put(groups, group, rest);
        }
        continue;
      }
      if (group != null) {
        put(groups, group, line);
      }
    }
    return new EntryPoints(groups);
  }

  private static void put(Map<String, Map<String, String>> groups, String group, String entry) {
    int eq = entry.indexOf('=');
    if (eq > 0) {
      groups.computeIfAbsent(group, g -> new LinkedHashMap<>())
          .put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
    }
  }

  /** {@code [project.scripts]} is console_scripts; {@code [project.entry-points."g"]} is g. */
  private static String tomlGroup(String header) {
    if (header.equals("[project.scripts]")) {
      return CONSOLE_SCRIPTS;
    }
    String prefix = "[project.entry-points.";
    if (header.startsWith(prefix) && header.endsWith("]")) {
      return unquote(header.substring(prefix.length(), header.length() - 1));
    }
    return null;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
        ? s.substring(1, s.length() - 1) : s;
  }
}
