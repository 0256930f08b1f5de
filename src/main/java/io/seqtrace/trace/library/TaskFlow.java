package io.seqtrace.trace.library;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;

/**
 * TaskFlow linear flows: {@code linear_flow.Flow(name)}, {@code flow.add(task, ...)}, {@code
 * engines.load(flow)} and {@code engine.run()}, which runs each task's {@code execute} in order.
 */
final class TaskFlow implements LibraryFunction {

  private final Evaluator ev;

  TaskFlow(Evaluator ev) {
    this.ev = ev;
  }

  @Override
  public Value call(String qname, Expr.Call c, Scope s) {
    boolean taskflow = qname.startsWith("taskflow.");
    if (Names.last(qname).equals("Flow")) {
      // taskflow.patterns.linear_flow.Flow(name): tasks come with flow.add(...)
      return taskflow ? new Value.Flow(new ArrayList<>()) : Value.UNKNOWN;
    }
    // taskflow.engines.load(flow, store=...): the engine runs the flow's tasks.
    Value flow = c.positional(0).map(e -> ev.eval(e, s)).orElse(Value.UNKNOWN);
    return taskflow && flow instanceof Value.Flow ? flow : Value.UNKNOWN;
  }

  Value member(Value.Flow flow, String attr) {
    return attr.equals("run") ? new Value.FlowRun(flow) : Value.UNKNOWN;
  }

  /** {@code flow.add(TaskA(...), TaskB(...))}: the flow's tasks, in the order they will run. */
  boolean statement(Stmt stmt, Scope s) {
    return stmt instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c && added(c, s).isPresent();
  }

  /**
   * {@code linear_flow.Flow('x').add(TaskA(...), TaskB())} written as one expression: add gives
   * the flow back, with the tasks added.
   */
  java.util.Optional<Value> callSite(Expr.Call c, Scope s) {
    return added(c, s);
  }

  private java.util.Optional<Value> added(Expr.Call c, Scope s) {
    if (c.func() instanceof Expr.Attribute add && add.attr().equals("add")
        && ev.eval(add.value(), s) instanceof Value.Flow flow) {
      for (Expr.Argument arg : c.args()) {
        if (arg.kind() == Expr.Argument.Kind.POSITIONAL) {
          flow.tasks().add(ev.eval(arg.value(), s));
        }
      }
      return java.util.Optional.of(flow);
    }
    return java.util.Optional.empty();
  }
}
