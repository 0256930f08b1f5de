package io.seqtrace.trace;

import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.List;

/**
 * A user operation as the REST API offers it: a {@code @wsgi.action('pause')} action or a
 * controller method such as {@code servers.create}.
 *
 * @param name the API's own name ({@code pause}, {@code os-migrateLive}, {@code servers.create})
 * @param aliases the profile's aliases for it ({@code live_migrate})
 * @param entry the controller method that handles it
 * @param kind {@code action} or {@code crud}
 */
public record Operation(String name, List<String> aliases, FunctionInfo entry, String kind) {
  public Operation {
    aliases = List.copyOf(aliases);
  }
}
