package io.seqtrace.trace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.error.InputException;
import io.seqtrace.trace.symbols.Names;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What seqtrace knows about one project that its code does not say: which packages are the REST
 * API, which modules stand for an external service, and the defaults a deployment would set.
 *
 * <p>Loaded from declarative JSON: an OpenStack base ({@code /io/seqtrace/profiles/openstack.json},
 * the conventions every project shares) with a small per-project overlay ({@code nova.json},
 * {@code cinder.json}, ...) or a user's file on top. Everything the
 * code does state (services, managers, RPC targets, option defaults) is derived from the code
 * instead; the profile's {@code optionDefaults}, {@code factories} and {@code assumedResults}
 * (what a function answers in the deployment drawn, such as "the request asks for the newest API
 * microversion") are used only where the code leaves the answer open, and every use is reported
 * as a guess.
 */
public record Profile(
    String name,
    String sourceRoot,
    String clientParticipant,
    String apiBinary,
    List<String> apiPackages,
    List<String> apiExcludedPackages,
    List<String> crudMethods,
    Map<String, String> externalParticipants,
    List<String> tracedExternals,
    String databaseParticipant,
    List<String> objectPackages,
    List<String> databaseModules,
    List<String> databaseWriteMethods,
    HostRoles hostRoles,
    List<String> opaqueModules,
    List<String> notifyFunctions,
    List<String> policyFunctions,
    Map<String, String> decoratorNotes,
    Map<String, Object> optionDefaults,
    Map<String, String> factories,
    Map<String, Object> assumedResults,
    List<String> failureNames,
    HttpClients httpClients,
    List<String> quietStateFields,
    List<String> configurationClasses,
    Map<String, String> aliases) {

  /**
   * How the code names the hosts of a move, so RPCs to two compute hosts can be told apart: the
   * instance's own host ({@code instance.host}, {@code _compute_host(None, instance)}) is the
   * source; attributes such as {@code dest_compute} name the destination.
   */
  public record HostRoles(String instanceName, String instanceHostAttribute, String instanceHostFunction,
      List<String> sourceAttributes, List<String> destinationAttributes) {
    public HostRoles {
      sourceAttributes = List.copyOf(sourceAttributes);
      destinationAttributes = List.copyOf(destinationAttributes);
    }
  }

  /**
   * How the code makes HTTP clients of other services: functions (by name) that return a
   * keystoneauth adapter for the service type given as their first argument or {@code
   * service_type=}, and the participant that stands for each service type (the type itself when
   * not listed).
   */
  public record HttpClients(List<String> factories, Map<String, String> participants) {
    public HttpClients {
      factories = List.copyOf(factories);
      participants = Map.copyOf(participants);
    }
  }

  public Profile {
    apiPackages = List.copyOf(apiPackages);
    apiExcludedPackages = List.copyOf(apiExcludedPackages);
    crudMethods = List.copyOf(crudMethods);
    externalParticipants = Map.copyOf(externalParticipants);
    tracedExternals = List.copyOf(tracedExternals);
    objectPackages = List.copyOf(objectPackages);
    databaseModules = List.copyOf(databaseModules);
    databaseWriteMethods = List.copyOf(databaseWriteMethods);
    opaqueModules = List.copyOf(opaqueModules);
    notifyFunctions = List.copyOf(notifyFunctions);
    policyFunctions = List.copyOf(policyFunctions);
    decoratorNotes = Map.copyOf(decoratorNotes);
    // JSON null is a legitimate default (an unset option), which Map.copyOf refuses.
    optionDefaults = java.util.Collections.unmodifiableMap(new HashMap<>(optionDefaults));
    factories = Map.copyOf(factories);
    assumedResults = assumedResults == null ? Map.of() : Map.copyOf(assumedResults);
    failureNames = failureNames == null ? List.of() : List.copyOf(failureNames);
    quietStateFields = quietStateFields == null ? List.of() : List.copyOf(quietStateFields);
    configurationClasses = configurationClasses == null ? List.of() : List.copyOf(configurationClasses);
    httpClients = httpClients == null ? new HttpClients(List.of(), Map.of()) : httpClients;
    aliases = Map.copyOf(aliases);
  }

  /** The projects seqtrace carries an overlay for; any other project gets the OpenStack base alone. */
  public static final List<String> BUILT_IN = List.of("nova", "cinder", "manila", "sahara");

  private static final String BASE = "openstack";
  private static final Map<String, Profile> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The project assumed when a tree names none: the first built-in (Nova, the default repository). */
  public static final String DEFAULT_PROJECT = BUILT_IN.get(0);

  /** The built-in Nova profile (read once per process). */
  public static Profile nova() {
    return builtIn(DEFAULT_PROJECT);
  }

  /** A built-in profile: the OpenStack base with the project's overlay on top. */
  public static Profile builtIn(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new InputException("no built-in profile '" + name + "' (built in: " + String.join(", ", BUILT_IN) + ")");
    }
    return LOADED.computeIfAbsent(name, n -> merge(resource(BASE), resource(n), "profile " + n));
  }

  /**
   * The profile of a project named {@code name} in its setup.cfg or pyproject.toml: its built-in
   * overlay, or the OpenStack base with the conventions every OpenStack project follows (source
   * root {@code name}, REST API under {@code name.api}, served by {@code name-api}).
   */
  public static Profile forProject(String name) {
    if (BUILT_IN.contains(name)) {
      return builtIn(name);
    }
    ObjectNode conventions = JsonNodeFactory.instance.objectNode();
    conventions.put("name", name);
    conventions.put("sourceRoot", name);
    conventions.put("apiBinary", name + "-api");
    conventions.putArray("apiPackages").add(name + ".api");
    return merge(resource(BASE), conventions, "profile of " + name);
  }

  /** {@code --profile NAME|FILE}: a built-in name, or a JSON file laid over the OpenStack base. */
  public static Profile named(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    java.nio.file.Path file = java.nio.file.Path.of(nameOrFile);
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new InputException("--profile " + nameOrFile + ": neither a built-in profile ("
          + String.join(", ", BUILT_IN) + ") nor a file");
    }
    try {
      return merge(resource(BASE), (ObjectNode) MAPPER.readTree(file.toFile()), nameOrFile);
    } catch (IOException | ClassCastException e) {
      throw new InputException(nameOrFile + ": not a profile: " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * A digest of everything this profile says, the same in every process (maps serialised in key
   * order), so that what was derived with one profile is never served for another.
   */
  public String fingerprint() {
    try {
      byte[] json = new ObjectMapper()
          .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(com.fasterxml.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
          .writeValueAsBytes(this);
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(json);
      return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("a profile is plain data and SHA-256 is in every JDK", e);
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private static ObjectNode resource(String name) {
    String path = "/io/seqtrace/profiles/" + name + ".json";
    try (InputStream in = Profile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new InputException("profile " + path + " not found");
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new InputException("profile " + path + ": " + e.getMessage(), e);
    }
  }

  /** Objects merge key by key (an overlay adds participants, aliases); anything else is replaced. */
  private static Profile merge(ObjectNode base, ObjectNode overlay, String what) {
    ObjectNode merged = base.deepCopy();
    overlayInto(merged, overlay);
    try {
      return MAPPER.treeToValue(merged, Profile.class);
    } catch (IOException e) {
      throw new InputException(what + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static void overlayInto(ObjectNode target, ObjectNode overlay) {
    overlay.fields().forEachRemaining(f -> {
      if (f.getValue() instanceof ObjectNode o && target.get(f.getKey()) instanceof ObjectNode t) {
        overlayInto(t, o);
      } else {
        target.set(f.getKey(), f.getValue().deepCopy());
      }
    });
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The external participant a module belongs to (longest matching package prefix), or empty. */
  public java.util.Optional<String> externalParticipant(String module) {
    String best = null;
    int bestLength = -1;
    for (Map.Entry<String, String> e : externalParticipants.entrySet()) {
      if (Names.inPackage(module, e.getKey()) && e.getKey().length() > bestLength) {
        best = e.getValue();
        bestLength = e.getKey().length();
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  public boolean isOpaque(String module) {
    return opaqueModules.stream().anyMatch(p -> Names.inPackage(module, p));
  }
}
