package io.seqtrace.trace.interp;

import io.seqtrace.trace.symbols.EntryPoints;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment fixes before any request arrives: the project's entry points (the plugins
 * stevedore can load) and the module globals its binaries assign at start-up ({@code OPS} set by
 * {@code setup_service_api(ops)}, {@code INFRA} by {@code setup_ops(engine)}), keyed by
 * {@code module.name}. Globals assigned so take the place of their module-level {@code None}.
 */
public record Startup(EntryPoints entryPoints, Map<String, Value> globals) {

  public static final Startup NONE = new Startup(EntryPoints.NONE, Map.of());

  public Startup {
    globals = Map.copyOf(globals);
  }

  Optional<Value> global(String module, String name) {
    return Optional.ofNullable(globals.get(module + "." + name));
  }
}
