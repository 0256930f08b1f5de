package io.seqtrace.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.trace.Operation;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code seqtrace ops}: lists the operations the REST API offers at a ref, with their entry points. */
@Command(
    name = "ops",
    description = "List every operation the API offers at --ref: its name, aliases and handler.")
final class OpsCommand extends SeqtraceCommand {
  @Mixin private RevisionOptions repo;

  @Option(names = "--json", description = "Print {\"ref\", \"commit\", \"operations\": [{\"name\", \"aliases\", "
      + "\"kind\", \"path\", \"line\", \"function\"}]} instead.")
  private boolean json;

  @Override
  ExitCode execute() throws IOException {
    String ref = repo.requireRef();
    PrintWriter out = out();
    try (RepoSession session = open(repo)) {
      TracedRevision revision = session.traced(ref);
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
    return ExitCode.OK;
  }
}
