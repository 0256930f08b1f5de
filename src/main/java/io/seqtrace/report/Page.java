package io.seqtrace.report;

/** The frame of every page: head with the inline style, a header band, the body and a footer. */
final class Page {
  private Page() {}

  /** {@code title} and {@code crumb} are plain text; {@code heading} and {@code body} are HTML. */
  static String of(String title, String crumbHtml, String headingHtml, String bodyHtml, String script) {
    StringBuilder out = new StringBuilder(bodyHtml.length() + Theme.CSS.length() + 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"seqtrace\">\n")
        .append("<title>").append(Html.esc(title)).append("</title>\n")
        .append("<style>\n").append(Theme.CSS).append("</style>\n</head>\n<body>\n")
        .append("<header class=\"top\">\n<div class=\"crumb\">").append(crumbHtml).append("</div>\n")
        .append(headingHtml).append("\n</header>\n<main>\n").append(bodyHtml).append("</main>\n")
        .append("<footer>Derived from the source code by seqtrace.</footer>\n");
    if (!script.isEmpty()) {
      out.append("<script>\n").append(script).append("</script>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }
}
