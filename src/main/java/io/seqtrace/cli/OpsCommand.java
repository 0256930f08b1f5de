package io.seqtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seqtrace ops}: lists the operations the REST API offers at a ref, with their entry points. */
@Command(
    name = "ops",
    description = "List every operation the API offers at --ref: its name, aliases and handler.")
final class OpsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private RevisionOptions repo;

  @Option(names = "--json", description = "Print {\"ref\", \"commit\", \"operations\": [{\"name\", \"aliases\", "
      + "\"kind\", \"path\", \"line\", \"function\"}]} instead.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    String ref = repo.requireRef();
    PrintWriter out = spec.commandLine().getOut();
    try (GitSource source = GitSource.open(repo.repo(), repo.cacheDir(), CliProgress.to(spec.commandLine().getErr()))) {
      RepoOptions.Project project = repo.project(source, ref);
      TracedRevision revision = TracedRevision.open(source, ref, project.options(), project.profile());
      if (json) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("ref", ref);
        root.put("commit", revision.revision().commitId());
        ArrayNode list = root.putArray("operations");
        for (Operation op : revision.operations()) {
          ObjectNode o = list.addObject();
          o.put("name", op.name());
          ArrayNode aliases = o.putArray("aliases");
          op.aliases().forEach(aliases::add);
          o.put("kind", op.kind());
          o.put("path", op.entry().path());
          o.put("line", op.entry().def().line());
          o.put("function", op.entry().localName());
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
      } else {
        for (Operation op : revision.operations()) {
          String aliases = op.aliases().isEmpty() ? "" : " (" + String.join(", ", op.aliases()) + ")";
          out.printf("%-40s %s:%d %s%n", op.name() + aliases, op.entry().path(), op.entry().def().line(),
              op.entry().localName());
        }
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
