package io.seqtrace.report;

/** The style sheet and filter script every page inlines, so a page works offline and alone. */
final class Theme {
  private Theme() {}

  static final String CSS = """
      :root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --soft:#f6f8fa; --accent:#0b5cad;
        --cast:#8250df; --call:#0969da; --reply:#57606a; --invoke:#1a7f37; --db:#9a6700;
        --notify:#bf3989; --note:#6e7781; --request:#0550ae; }
      * { box-sizing: border-box; }
      body { margin:0; color:var(--fg); background:#fff; font:15px/1.55 system-ui,-apple-system,"Segoe UI",
        Roboto,"Helvetica Neue",Arial,sans-serif; }
      header.top { background:#f0f4f9; border-bottom:1px solid var(--line); padding:18px 32px 14px; }
      header.top .crumb { font-size:13px; color:var(--muted); margin-bottom:4px; }
      main { padding:20px 32px 48px; max-width:1500px; }
      h1 { font-size:24px; margin:0; font-weight:600; }
      h1 .sub { color:var(--muted); font-weight:400; font-size:17px; margin-left:8px; }
      h2 { font-size:18px; margin:32px 0 10px; padding-bottom:6px; border-bottom:1px solid var(--line); }
      a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
      code, .mono { font-family:ui-monospace,SFMono-Regular,"DejaVu Sans Mono",Menlo,Consolas,monospace;
        font-size:13px; }
      .cards { display:flex; flex-wrap:wrap; gap:12px; margin:4px 0 8px; }
      .card { border:1px solid var(--line); border-radius:8px; padding:10px 16px; min-width:130px; background:#fff; }
      .card b { display:block; font-size:22px; font-weight:600; }
      .card span { color:var(--muted); font-size:13px; }
      .meta { display:grid; grid-template-columns:max-content 1fr; gap:4px 16px; margin:8px 0 0; font-size:14px; }
      .meta dt { color:var(--muted); } .meta dd { margin:0; }
      table { border-collapse:collapse; width:100%; font-size:14px; }
      th, td { text-align:left; padding:6px 10px; border-bottom:1px solid var(--line); vertical-align:top; }
      th { background:var(--soft); font-weight:600; position:sticky; top:0; white-space:nowrap; }
      td.name { white-space:nowrap; font-weight:500; }
      tbody tr:hover { background:#f9fbfd; }
      td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
      .chip { display:inline-block; background:var(--soft); border:1px solid var(--line); border-radius:10px;
        padding:0 7px; margin:1px 2px; font-size:12px; color:#333; white-space:nowrap; }
      .badge { display:inline-block; min-width:52px; text-align:center; border-radius:4px; padding:1px 6px;
        font-size:11px; font-weight:600; text-transform:uppercase; letter-spacing:.03em; color:#fff;
        background:var(--note); }
      .k-cast { background:var(--cast); } .k-call { background:var(--call); } .k-fanout { background:var(--cast); }
      .k-reply { background:var(--reply); } .k-invoke { background:var(--invoke); } .k-db { background:var(--db); }
      .k-notify { background:var(--notify); } .k-request, .k-response { background:var(--request); }
      .k-info { background:var(--call); } .k-warning { background:var(--db); } .k-error { background:#cf222e; }
      tr.guard td { background:#fbfaf5; color:var(--muted); font-style:italic; }
      tr.group td { background:#eef2f7; font-weight:600; padding-top:10px; }
      .arrow { color:var(--muted); }
      .filter { margin:6px 0 12px; }
      .filter input { font:inherit; padding:6px 10px; width:360px; max-width:100%; border:1px solid var(--line);
        border-radius:6px; }
      .diagram { border:1px solid var(--line); border-radius:8px; padding:12px; overflow:auto; background:#fff;
        max-width:100%; }
      /* Drawn at their own size: a wide diagram scrolls inside its frame rather than being cut off or shrunk. */
      .diagram svg { display:block; max-width:none !important; }
      .side { display:grid; grid-template-columns:minmax(0, 1fr) minmax(0, 1fr); gap:16px; }
      .side > div { min-width:0; }
      .side .diagram { max-height:80vh; }
      .side h3 { font-size:15px; margin:0 0 6px; }
      .empty { color:var(--muted); font-style:italic; }
      .error { color:#cf222e; }
      ul.plain { margin:4px 0; padding-left:20px; } ul.plain li { margin:2px 0; }
      footer { color:var(--muted); font-size:12px; padding:0 32px 24px; }
      """;

  /** Hides table rows whose text does not contain the query; without JavaScript all rows show. */
  static final String FILTER_SCRIPT = """
      (function () {
        var box = document.getElementById('filter');
        if (!box) return;
        box.parentNode.hidden = false;
        box.addEventListener('input', function () {
          var q = box.value.toLowerCase();
          document.querySelectorAll('#ops tbody tr:not(.group)').forEach(function (row) {
            row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
          });
          // A group heading shows while any of its rows does.
          document.querySelectorAll('#ops tbody tr.group').forEach(function (head) {
            var shown = false;
            for (var row = head.nextElementSibling; row && !row.classList.contains('group'); row = row.nextElementSibling) {
              shown = shown || !row.hidden;
            }
            head.hidden = !shown;
          });
        });
      })();
      """;
}
