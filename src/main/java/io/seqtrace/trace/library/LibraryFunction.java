package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;

/** The model of a library function: what a call of it gives. */
interface LibraryFunction {

  /** What calling {@code qname} at {@code c} in {@code s} gives; unknown when the model cannot tell. */
  Value call(String qname, Expr.Call c, Scope s);
}
