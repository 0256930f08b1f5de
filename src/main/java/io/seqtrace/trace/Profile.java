package io.seqtrace.trace;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seqtrace.error.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What seqtrace knows about one project that its code does not say: which packages are the REST
 * API, which modules stand for an external service, and the defaults a deployment would set.
 *
 * <p>Loaded from a declarative JSON file ({@code /io/seqtrace/profiles/nova.json}). Everything the
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
    httpClients = httpClients == null ? new HttpClients(List.of(), Map.of()) : httpClients;
    aliases = Map.copyOf(aliases);
  }

  /** The built-in Nova profile (read once per process). */
  public static Profile nova() {
    return NovaHolder.NOVA;
  }

  /** Lazy holder: the profile is read on first use only. */
  private static final class NovaHolder {
    static final Profile NOVA = load("/io/seqtrace/profiles/nova.json");
  }

  static Profile load(String resource) {
    try (InputStream in = Profile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InputException("profile " + resource + " not found");
      }
      return new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .readValue(in, Profile.class);
    } catch (IOException e) {
      throw new InputException("profile " + resource + ": " + e.getMessage(), e);
    }
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
