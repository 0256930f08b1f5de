package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path of an HTTP request as a diagram shows it: the literal the code builds the URL from,
 * followed back through variables and the arguments of wrapper methods ({@code
 * report_client.get(url)} with {@code url = '/allocations/%s' % consumer_uuid} in the caller),
 * without its query string, formatted parts as {@code {name}} placeholders.
 */
final class HttpPaths {
  private HttpPaths() {}

  private static final Pattern PERCENT = Pattern.compile("%(\\(([A-Za-z_][A-Za-z0-9_]*)\\))?[-#0 +]*\\d*(\\.\\d+)?[sdifr]");
  private static final int MAX_HOPS = 6;

  /** A constant the interpreter knows for an expression ({@code self.ARQ_URL}), or empty. */
  interface Constants {
    Optional<String> of(Expr e, Scope scope);

    Constants NONE = (e, scope) -> Optional.empty();
  }

  static String of(Expr.Call c, Scope scope) {
    return of(c, scope, Constants.NONE);
  }

  static String of(Expr.Call c, Scope scope, Constants constants) {
    Optional<Expr> url = c.positional(0).or(() -> c.keyword("url"));
    if (url.isEmpty() && !c.args().isEmpty() && c.args().get(0).kind() == Expr.Argument.Kind.STAR) {
      // func(*args), the URL first among arguments a wrapper collected: _call_cyborg(self._client.get, URL)
      Scope.Origin args = scope.trace(c.args().get(0).value(), MAX_HOPS);
      if (args.expr() instanceof Expr.Collection t && !t.kind().equals("dict") && !t.elements().isEmpty()) {
        return of(Optional.of(t.elements().get(0)), args.scope(), constants);
      }
    }
    return of(url, scope, constants);
  }

  static String of(Optional<Expr> url, Scope scope) {
    return of(url, scope, Constants.NONE);
  }

  static String of(Optional<Expr> url, Scope scope, Constants constants) {
    if (url.isEmpty()) {
      return "?";
    }
    Scope.Origin at = scope.trace(url.get(), MAX_HOPS);
    Expr e = at.expr();
    if (e instanceof Expr.Str s) {
      return path(s.value());
    }
    if (e instanceof Expr.Operation op && op.op().equals("%") && op.operands().get(0) instanceof Expr.Str format) {
      List<String> names = new ArrayList<>();
      Expr args = op.operands().get(1);
      if (args instanceof Expr.Collection c && !c.kind().equals("dict")) {
        c.elements().forEach(x -> names.add(placeholder(x)));
      } else {
        names.add(placeholder(args));
      }
      Matcher m = PERCENT.matcher(format.value());
      StringBuilder out = new StringBuilder();
      int next = 0;
      while (m.find()) {
        String name = m.group(2) != null ? m.group(2) : next < names.size() ? names.get(next++) : "value";
        m.appendReplacement(out, Matcher.quoteReplacement("{" + name + "}"));
      }
      m.appendTail(out);
      return path(out.toString());
    }
    if (e instanceof Expr.Operation op && op.op().equals("+") && op.operands().get(0) instanceof Expr.Str prefix) {
      return path(prefix.value() + "{" + placeholder(op.operands().get(1)) + "}");
    }
    return constants.of(e, at.scope()).map(HttpPaths::path).orElse("{" + placeholder(e) + "}");
  }

  /** Drops the query string: the diagram names the resource, not its filters. */
  private static String path(String url) {
    int q = url.indexOf('?');
    String p = q < 0 ? url : url.substring(0, q);
    return p.isEmpty() ? "/" : p;
  }

  private static String placeholder(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    }
    if (e instanceof Expr.Attribute a) {
      return a.attr();
    }
    return "value";
  }
}
