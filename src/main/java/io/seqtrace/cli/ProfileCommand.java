package io.seqtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.analysis.Analysis;
import io.seqtrace.analysis.ResolvedProject;
import io.seqtrace.project.ProjectName;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.ServiceMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code seqtrace profile}: what seqtrace takes a project to be at a ref, each fact with where it
 * came from: the name the tree gives itself, the profile chosen for it, its services and their
 * managers as the code states them.
 */
@Command(
    name = "profile",
    description = {"Print what seqtrace derives of the project at --ref (name, profile, source root, services "
        + "and managers, operations), each fact with where it came from."})
final class ProfileCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @Option(names = "--json", description = "Print {\"project\", \"from\", \"profile\", \"services\": [{\"binary\", "
      + "\"participant\", \"manager\", \"package\", \"topic\", \"from\"}], \"operations\", \"settings\"} instead.")
  private boolean json;

  @Override
  ExitCode execute() throws IOException {
    String ref = repo.requireRef();
    PrintWriter out = out();
    try (RepoSession session = open(repo)) {
      ResolvedProject project = session.project(ref);
      Optional<ProjectName.Named> named = project.named();
      Profile profile = project.profile();
      Analysis analysis = session.analysis(ref);
      String name = named.map(ProjectName.Named::name).orElse("(unnamed)");
      // Without a name the default project's profile is used (or --profile's): say which, naming no project here.
      String from = named.map(ProjectName.Named::where)
          .orElse("no setup.cfg or pyproject.toml name; " + profile.name() + " assumed");
      String chosen = Profile.BUILT_IN.contains(profile.name())
          ? "built-in " + profile.name() + " (openstack base + " + profile.name() + " overlay)"
          : profile.name().equals(name) ? "openstack base with the conventions of " + name : profile.name();
      if (json) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("project", name);
        root.put("from", from);
        root.put("profile", chosen);
        root.put("sourceRoot", project.options().pathPrefix());
        ArrayNode services = root.putArray("services");
        for (ServiceMap.Service s : analysis.engine().services().services()) {
          ObjectNode o = services.addObject();
          o.put("binary", s.binary());
          o.put("participant", s.participant());
          o.put("manager", s.manager());
          o.put("package", s.pkg());
          o.put("topic", s.topic());
          o.put("from", s.derivedFrom());
        }
        root.put("operations", analysis.engine().operations().size());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        root.set("settings", mapper.valueToTree(profile));
        out.println(mapper.writeValueAsString(root));
      } else {
        out.printf("project      %s (%s)%n", name, from);
        out.printf("profile      %s%n", chosen);
        out.printf("source root  %s%n", project.options().pathPrefix());
        out.printf("api          %s, packages %s (profile)%n", profile.apiBinary(), String.join(", ", profile.apiPackages()));
        out.println("services");
        for (ServiceMap.Service s : analysis.engine().services().services()) {
          out.printf("  %-22s %-22s %s (%s)%n", s.binary(), s.participant(), s.manager(), s.derivedFrom());
        }
        out.printf("operations   %d (run 'seqtrace ops' to list them)%n", analysis.engine().operations().size());
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
