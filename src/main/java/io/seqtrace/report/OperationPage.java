package io.seqtrace.report;

import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.TraceResult;
import java.util.List;
import java.util.Locale;

/** One operation's page: diagram, step table with source links, guesses, comparison and findings. */
final class OperationPage {
  private OperationPage() {}

  static String write(ReportConfig config, OperationReport op, SourceLinks links, boolean showFindings) {
    Operation o = op.operation();
    TraceResult result = op.result();
    StringBuilder body = new StringBuilder();
    body.append("<dl class=\"meta\">\n")
        .append("<dt>Entry handler</dt><dd class=\"mono\">")
        .append(Html.link(links.url(o.entry().path(), o.entry().def().line()),
            o.entry().path() + ":" + o.entry().def().line() + " " + o.entry().localName()))
        .append("</dd>\n<dt>Kind</dt><dd>").append(Html.esc(o.kind())).append("</dd>\n");
    if (!o.aliases().isEmpty()) {
      body.append("<dt>Aliases</dt><dd>").append(IndexPage.chips(o.aliases())).append("</dd>\n");
    }
    body.append("<dt>Participants</dt><dd>").append(IndexPage.chips(op.participants())).append("</dd>\n");
    HistoryLink.of(config, o).ifPresent(href -> body.append("<dt>History</dt><dd><a href=\"").append(Html.esc(href))
        .append("\">across releases</a></dd>\n"));
    body.append("</dl>\n");
    body.append("<div class=\"cards\" style=\"margin-top:14px\">")
        .append(card(op.steps(), "steps")).append(card(op.rpcHops(), "RPC hops"))
        .append(card(result.guesses().size(), "guesses")).append(card(result.unresolved().size(), "unresolved"))
        .append("</div>\n");
    if (result.truncated()) {
      body.append("<p class=\"error\">The trace hit its step bound and was cut short.</p>\n");
    }
    body.append("<h2 id=\"diagram\">Diagram</h2>\n").append(diagram(op.diagram()));
    // What changed and what the scripts say come before the long step table, where they are seen.
    op.comparison().ifPresent(c -> body.append(comparison(c, config.ref(), op.diagram())));
    if (showFindings) {
      body.append("<h2 id=\"findings\">Hand-written scripts</h2>\n").append(findings(op.findings()));
    }
    body.append("<h2 id=\"steps\">Steps</h2>\n").append(steps(op.rows(), links));
    body.append("<h2 id=\"guesses\">Guesses</h2>\n")
        .append(list(result.guesses(), "The trace relied on no profile defaults."));
    body.append("<h2 id=\"unresolved\">Unresolved calls</h2>\n")
        .append(list(result.unresolved(), "Every call that should resolve did."));
    String crumb = "<a href=\"../index.html\">&larr; " + Html.esc(config.repoName() + " at " + config.ref())
        + "</a>";
    String heading = "<h1>" + Html.esc(o.name()) + "<span class=\"sub\">at " + Html.esc(config.ref()) + "</span></h1>";
    return Page.of(o.name() + " at " + config.ref() + " - seqtrace", crumb, heading, body.toString(), "");
  }

  private static String card(int value, String label) {
    return "<div class=\"card\"><b>" + value + "</b><span>" + Html.esc(label) + "</span></div>";
  }

  private static String diagram(DiagramSvg svg) {
    if (!svg.error().isEmpty()) {
      return "<p class=\"error\">Could not draw the diagram: " + Html.esc(svg.error()) + "</p>\n";
    }
    // Trusted markup: PlantUML escapes the labels it writes into the SVG.
    return "<div class=\"diagram\">" + svg.markup() + "</div>\n";
  }

  private static String steps(List<StepRow> rows, SourceLinks links) {
    if (rows.isEmpty()) {
      return "<p class=\"empty\">No steps.</p>\n";
    }
    StringBuilder out = new StringBuilder("<table>\n<thead><tr><th class=\"num\">#</th><th>Kind</th>"
        + "<th>From &rarr; to</th><th>Step</th><th>Source</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (StepRow r : rows) {
      String indent = "padding-left:" + (10 + 18 * r.depth()) + "px";
      if (r.isGuard()) {
        out.append("<tr class=\"guard\"><td></td><td colspan=\"4\" style=\"").append(indent).append("\">")
            .append(Html.esc(r.from())).append(r.label().isEmpty() ? "" : " [" + Html.esc(r.label()) + "]")
            .append("</td></tr>\n");
        continue;
      }
      String kind = r.kind().jsonName();
      out.append("<tr><td class=\"num\">").append(++n).append("</td>")
          .append("<td><span class=\"badge k-").append(kind).append("\">").append(kind).append("</span></td>")
          .append("<td style=\"").append(indent).append("\">").append(Html.esc(r.from()));
      if (!r.to().equals(r.from())) {
        out.append(" <span class=\"arrow\">&rarr;</span> ").append(Html.esc(r.to()));
      }
      // PlantUML labels carry line breaks as a literal backslash-n.
      out.append("</td><td class=\"mono\">").append(Html.esc(r.label()).replace("\\n", "<br>")).append("</td><td class=\"mono\">")
          .append(r.anchor().map(a -> anchor(a, links)).orElse("")).append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private static String anchor(SourceAnchor a, SourceLinks links) {
    String text = a.path() + (a.line() > 0 ? ":" + a.line() : "");
    String function = a.function().isEmpty() ? "" : "<br><span class=\"arrow\">" + Html.esc(a.function()) + "</span>";
    return Html.link(links.url(a.path(), a.line()), text) + function;
  }

  private static String list(List<String> items, String none) {
    if (items.isEmpty()) {
      return "<p class=\"empty\">" + Html.esc(none) + "</p>\n";
    }
    StringBuilder out = new StringBuilder("<ul class=\"plain\">\n");
    items.forEach(i -> out.append("<li class=\"mono\">").append(Html.esc(i)).append("</li>\n"));
    return out.append("</ul>\n").toString();
  }

  private static String comparison(Comparison c, String ref, DiagramSvg after) {
    StringBuilder out = new StringBuilder("<h2 id=\"compare\">Compared with ").append(Html.esc(c.fromRef()))
        .append("</h2>\n");
    c.diff().ifPresent(svg -> out.append("<div class=\"diagram\">").append(svg).append("</div>\n"));
    out.append("<div class=\"side\">\n<div><h3>At ").append(Html.esc(c.fromRef())).append("</h3>\n")
        .append(c.before().map(svg -> diagram(svg.withIdPrefix("from-")))
            .orElse("<p class=\"empty\">This operation does not exist at " + Html.esc(c.fromRef()) + ".</p>\n"))
        .append("</div>\n<div><h3>At ").append(Html.esc(ref)).append("</h3>\n").append(diagram(after.withIdPrefix("to-")))
        .append("</div>\n</div>\n");
    return out.toString();
  }

  private static String findings(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "<p class=\"empty\">No script in the scripts directory draws this operation.</p>\n";
    }
    StringBuilder out = new StringBuilder("<table>\n<thead><tr><th>Severity</th><th>Script</th><th>Finding</th>"
        + "</tr></thead>\n<tbody>\n");
    for (Finding f : findings) {
      String severity = f.severity().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      out.append("<tr><td><span class=\"badge k-").append(severity).append("\">").append(Html.esc(f.severity()))
          .append("</span></td><td class=\"mono\">").append(Html.esc(f.subject() + (f.line() > 0 ? ":" + f.line() : "")))
          .append("</td><td>").append(Html.esc(f.message())).append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }
}
