package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The string-keyed entries of a dict literal ({@code {'server': host, 'version': v}}): what
 * {@code **params}, {@code **kw} and the values of a database write are read from.
 */
public final class DictLiteral {
  private DictLiteral() {}

  /** Key → value expression, in the order written; empty when {@code e} is no dict literal. */
  public static Map<String, Expr> entries(Expr e) {
    Map<String, Expr> out = new LinkedHashMap<>();
    if (e instanceof Expr.Collection d && d.kind().equals("dict")) {
      for (int i = 0; i + 1 < d.elements().size(); i += 2) {
        if (d.elements().get(i) instanceof Expr.Str key) {
          out.putIfAbsent(key.value(), d.elements().get(i + 1));
        }
      }
    }
    return out;
  }
}
