package io.seqtrace.report;

import io.seqtrace.source.Revision;
import io.seqtrace.trace.Operation;
import java.util.List;

/** The report's front page: what was analysed, totals, and a filterable table of operations. */
final class IndexPage {
  private IndexPage() {}

  static String write(ReportConfig config, Revision revision, List<OperationReport> ops, SourceLinks links) {
    String title = config.repoName() + " at " + config.ref();
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"cards\">\n")
        .append(card(ops.size(), "operations"))
        .append(card(ops.stream().mapToInt(OperationReport::steps).sum(), "steps"))
        .append(card(ops.stream().mapToInt(OperationReport::rpcHops).sum(), "RPC hops"))
        .append(card(ops.stream().mapToInt(o -> o.result().guesses().size()).sum(), "guesses"))
        .append(card(ops.stream().mapToInt(o -> o.result().unresolved().size()).sum(), "unresolved calls"))
        .append("</div>\n");
    body.append("<h2>Operations</h2>\n")
        .append("<div class=\"filter\" hidden><input id=\"filter\" type=\"search\" ")
        .append("placeholder=\"Filter by name, alias, handler or participant\" aria-label=\"Filter operations\"></div>\n")
        .append("<table id=\"ops\">\n<thead><tr><th>Operation</th><th>Aliases</th><th>Entry handler</th>")
        .append("<th class=\"num\">Steps</th><th class=\"num\">RPC hops</th><th>Participants</th></tr></thead>\n<tbody>\n");
    for (OperationGroups.Group group : OperationGroups.of(ops)) {
      body.append("<tr class=\"group\"><td colspan=\"6\">").append(Html.esc(group.label()))
          .append(group.controller().isEmpty() ? "" : " <span class=\"arrow\">" + Html.esc(group.controller()) + "</span>")
          .append("</td></tr>\n");
      for (OperationReport op : group.operations()) {
        body.append(row(op, links));
      }
    }
    body.append("</tbody>\n</table>\n");
    if (ops.isEmpty()) {
      body.append("<p class=\"empty\">No operations found.</p>\n");
    }
    String heading = "<h1>" + Html.esc(config.ref()) + "<span class=\"sub\">" + Html.esc(config.repoName())
        + " &middot; <span class=\"mono\">" + Html.esc(revision.commitId()) + "</span></span></h1>";
    String crumb = "seqtrace report" + config.from().map(f -> " &middot; compared with " + Html.esc(f)).orElse("");
    return Page.of("seqtrace: " + title, crumb, heading, body.toString(), Theme.FILTER_SCRIPT);
  }

  private static String card(int value, String label) {
    return "<div class=\"card\"><b>" + value + "</b><span>" + Html.esc(label) + "</span></div>\n";
  }

  private static String row(OperationReport op, SourceLinks links) {
    Operation o = op.operation();
    StringBuilder row = new StringBuilder("<tr>");
    // The name people know first; the API name under it when that is an alias.
    String known = OperationGroups.knownName(o);
    row.append("<td class=\"name\"><a href=\"ops/").append(Html.esc(op.fileName())).append(".html\">")
        .append(Html.esc(known)).append("</a>")
        .append(known.equals(o.name()) ? "" : "<br><span class=\"arrow mono\">" + Html.esc(o.name()) + "</span>")
        .append("</td>");
    row.append("<td>").append(chips(o.aliases())).append("</td>");
    row.append("<td class=\"mono\">").append(entryLink(o, links)).append("</td>");
    row.append("<td class=\"num\">").append(op.steps()).append("</td>");
    row.append("<td class=\"num\">").append(op.rpcHops()).append("</td>");
    row.append("<td>").append(chips(op.participants())).append("</td>");
    return row.append("</tr>\n").toString();
  }

  static String chips(List<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append("<span class=\"chip\">").append(Html.esc(name)).append("</span>");
    }
    return out.toString();
  }

  /** {@code ServersController._action_pause} linked to its definition. */
  static String entryLink(Operation o, SourceLinks links) {
    return Html.link(links.url(o.entry().path(), o.entry().def().line()), o.entry().localName())
        + "<br><span class=\"arrow\">" + Html.esc(o.entry().path() + ":" + o.entry().def().line()) + "</span>";
  }
}
