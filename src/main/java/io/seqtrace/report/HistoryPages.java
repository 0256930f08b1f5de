package io.seqtrace.report;

import io.seqtrace.diff.DiffDiagram;
import io.seqtrace.error.InputException;
import io.seqtrace.history.History;
import io.seqtrace.history.Hop;
import io.seqtrace.history.HopChange;
import io.seqtrace.history.OperationHistory;
import io.seqtrace.history.ReleaseChange;
import io.seqtrace.history.ReleaseState;
import io.seqtrace.history.ReleaseState.Status;
import io.seqtrace.render.AtomicFiles;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.PlantUmlWriter;
import io.seqtrace.render.Renderer;
import io.seqtrace.sequence.Diagram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes {@code seqtrace history --out}: {@code OUT/index.html}, one page per operation
 * ({@code OUT/NAME.html}) with the timeline of releases, the change summary of each, the hops'
 * first and last releases, and beside it {@code OUT/NAME/REF.svg} (each release's diagram) and
 * {@code OUT/NAME/REF.diff.svg} (the diff picture from the previous traced release). Only files it
 * writes are touched.
 */
public final class HistoryPages {
  private HistoryPages() {}

  /** Writes every page and picture; returns the paths written, pages first. */
  public static List<Path> write(History history, Path out) throws IOException {
    PageNames names = new PageNames();
    Map<OperationHistory, String> files = new HashMap<>();
    history.operations().forEach(op -> files.put(op, names.next(op.operation())));
    List<Path> written = new ArrayList<>();
    Path index = out.resolve("index.html");
    AtomicFiles.writeString(index, index(history, files));
    written.add(index);
    for (OperationHistory op : history.operations()) {
      String file = files.get(op);
      Map<String, String> drawErrors = new HashMap<>();
      List<Path> pictures = new ArrayList<>();
      for (ReleaseState s : op.releases()) {
        if (s.status() != Status.ABSENT) {
          draw(s.diagram(), out.resolve(file).resolve(fileRef(s.ref()) + ".svg"), op.operation() + " at " + s.ref())
              .ifPresentOrElse(e -> drawErrors.put(s.ref(), e), () -> pictures.add(out.resolve(file)
                  .resolve(fileRef(s.ref()) + ".svg")));
        }
      }
      for (ReleaseChange c : op.changes()) {
        if (!c.diff().unchanged()) {
          Path svg = out.resolve(file).resolve(fileRef(c.toRef()) + ".diff.svg");
          draw(DiffDiagram.of(c.diff(), c.fromRef(), c.toRef()), svg, op.operation() + " " + c.fromRef() + ".." + c.toRef())
              .ifPresentOrElse(e -> drawErrors.put(c.toRef() + ".diff", e), () -> pictures.add(svg));
        }
      }
      Path page = out.resolve(file + ".html");
      AtomicFiles.writeString(page, page(history, op, file, drawErrors));
      written.add(page);
      written.addAll(pictures);
    }
    return written;
  }

  /** Renders one diagram to {@code target}; the reason when PlantUML cannot draw it, which costs only that picture. */
  private static Optional<String> draw(Diagram diagram, Path target, String name) throws IOException {
    byte[] svg;
    try {
      svg = Renderer.render(PlantUmlWriter.write(diagram), name, OutputFormat.SVG);
    } catch (InputException e) {
      return Optional.of(e.getMessage());
    }
    java.nio.file.Files.createDirectories(target.getParent());
    AtomicFiles.writeBytes(target, svg);
    return Optional.empty();
  }

  /** A ref as a file name: tags may hold characters a file system refuses ({@code stable/2025.1}). */
  static String fileRef(String ref) {
    return ref.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static String index(History history, Map<OperationHistory, String> files) {
    StringBuilder body = new StringBuilder("<table id=\"ops\">\n<thead><tr><th>Operation</th><th class=\"num\">"
        + "Present</th><th class=\"num\">Changed</th><th>Absent</th><th>Not traceable</th></tr></thead>\n<tbody>\n");
    for (OperationHistory op : history.operations()) {
      body.append("<tr><td class=\"name\"><a href=\"").append(Html.esc(files.get(op))).append(".html\">")
          .append(Html.esc(op.operation())).append("</a></td><td class=\"num\">").append(op.present().size())
          .append("</td><td class=\"num\">").append(op.changes().stream().filter(c -> !c.diff().unchanged()).count())
          .append("</td><td>").append(IndexPage.chips(op.absent())).append("</td><td>")
          .append(IndexPage.chips(op.untraceable())).append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    String heading = "<h1>History<span class=\"sub\">" + Html.esc(range(history)) + "</span></h1>";
    return Page.of("history " + range(history) + " - seqtrace", Html.esc(history.repo()), heading, body.toString(), "");
  }

  private static String range(History history) {
    return history.refs().get(0) + " .. " + history.refs().get(history.refs().size() - 1) + " ("
        + history.refs().size() + " releases)";
  }

  private static String page(History history, OperationHistory op, String file, Map<String, String> drawErrors) {
    long changed = op.changes().stream().filter(c -> !c.diff().unchanged()).count();
    StringBuilder body = new StringBuilder("<div class=\"cards\">")
        .append(card(op.present().size(), "releases present")).append(card(changed, "releases that changed"))
        .append(card(op.absent().size(), "absent")).append(card(op.untraceable().size(), "not traceable"))
        .append(card(op.hops().size(), "hops seen")).append("</div>\n");
    body.append("<h2 id=\"timeline\">Timeline</h2>\n<table>\n<thead><tr><th>Release</th><th>What changed</th>"
        + "<th>Diagram</th><th>Diff</th></tr></thead>\n<tbody>\n");
    Map<String, ReleaseChange> byTarget = new HashMap<>();
    op.changes().forEach(c -> byTarget.put(c.toRef(), c));
    for (ReleaseState s : op.releases()) {
      String dir = Html.esc(file) + "/" + Html.esc(fileRef(s.ref()));
      body.append("<tr><td class=\"name\">").append(Html.esc(s.ref())).append("</td><td>");
      ReleaseChange c = byTarget.get(s.ref());
      switch (s.status()) {
        case ABSENT -> body.append("<span class=\"empty\">not in the API</span>");
        case UNTRACEABLE -> body.append("<span class=\"error\">not traceable: the trace reaches no other service")
            .append(s.unresolved().isEmpty() ? "" : " (unresolved: " + Html.esc(String.join(", ", s.unresolved())) + ")")
            .append("</span>");
        case TRACED -> body.append(c == null ? "<span class=\"empty\">first traced</span>"
            : Html.esc(c.summary().text()) + (c.fromRef().equals(previous(op, s)) ? ""
                : " <span class=\"empty\">(since " + Html.esc(c.fromRef()) + ")</span>"));
      }
      body.append("</td><td>");
      if (s.status() != Status.ABSENT) {
        body.append(picture(dir + ".svg", "diagram", drawErrors.get(s.ref())));
      }
      body.append("</td><td>");
      if (c != null && !c.diff().unchanged()) {
        body.append(picture(dir + ".diff.svg", "from " + c.fromRef(), drawErrors.get(s.ref() + ".diff")));
      }
      body.append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    body.append("<h2 id=\"hops\">Hops</h2>\n<table>\n<thead><tr><th>Kind</th><th>From &rarr; to</th><th>Method</th>"
        + "<th>First</th><th>Last</th></tr></thead>\n<tbody>\n");
    for (Hop h : op.hops()) {
      body.append("<tr><td><span class=\"badge k-").append(Html.esc(h.kind())).append("\">").append(Html.esc(h.kind()))
          .append("</span></td><td>").append(Html.esc(h.from())).append(" <span class=\"arrow\">&rarr;</span> ")
          .append(Html.esc(h.to())).append("</td><td class=\"mono\">").append(Html.esc(h.method())).append("</td><td>")
          .append(Html.esc(h.first())).append("</td><td>").append(Html.esc(h.last())).append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>\n");
    if (!op.hopChanges().isEmpty()) {
      body.append("<h2 id=\"hop-changes\">Hops that changed kind or target</h2>\n<ul class=\"plain\">\n");
      for (HopChange hc : op.hopChanges()) {
        body.append("<li>").append(Html.esc(hc.ref())).append(": <span class=\"mono\">").append(Html.esc(hc.before().text()))
            .append("</span>: ").append(Html.esc(hc.what())).append("</li>\n");
      }
      body.append("</ul>\n");
    }
    String crumb = "<a href=\"index.html\">&larr; " + Html.esc(history.repo() + ", " + range(history)) + "</a>";
    String heading = "<h1>" + Html.esc(op.operation()) + "<span class=\"sub\">across releases</span></h1>";
    return Page.of(op.operation() + " across releases - seqtrace", crumb, heading, body.toString(), "");
  }

  /** The release just before {@code s} in the series, or null for the first. */
  private static String previous(OperationHistory op, ReleaseState s) {
    int i = op.releases().indexOf(s);
    return i > 0 ? op.releases().get(i - 1).ref() : null;
  }

  private static String picture(String href, String text, String error) {
    return error != null ? "<span class=\"error\" title=\"" + Html.esc(error) + "\">could not draw</span>"
        : "<a href=\"" + href + "\">" + Html.esc(text) + "</a>";
  }

  private static String card(long value, String label) {
    return "<div class=\"card\"><b>" + value + "</b><span>" + Html.esc(label) + "</span></div>";
  }
}
