package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Statements;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads a binary's {@code main} (and the project functions it calls, a few levels down) for the
 * RPC server it starts: {@code Service.create(binary=..., topic=..., manager=...)} as Nova and
 * Cinder write it, or a server class it builds whose {@code __init__} makes a {@code
 * Target(topic=..., server=...)} (Sahara's {@code OpsServer}). Says where each fact was read.
 */
final class ServerReader {

  /** What a binary's main says of its server, and how it says it; null fields when it does not say. */
  record Server(String topic, String manager, String where) {}

  private static final int MAX_DEPTH = 3;

  private final Evaluator ev;
  private final Deque<String> stack = new ArrayDeque<>();

  ServerReader(Evaluator ev) {
    this.ev = ev;
  }

  Optional<Server> read(FunctionInfo main) {
    return walk(main, 0);
  }

  private Optional<Server> walk(FunctionInfo fn, int depth) {
    if (depth > MAX_DEPTH || stack.contains(fn.qname())) {
      return Optional.empty();
    }
    stack.push(fn.qname());
    try {
      Scope scope = ev.bindDefaults(fn, Value.UNKNOWN);
      for (Expr.Call c : Statements.calls(fn.def().body())) {
        Optional<Server> found = server(c, scope, fn, depth);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    } finally {
      stack.pop();
    }
  }

  private Optional<Server> server(Expr.Call c, Scope scope, FunctionInfo fn, int depth) {
    String where = fn.path() + ":" + c.line();
    if (c.func() instanceof Expr.Attribute a && a.attr().equals("create") && c.keyword("binary").isPresent()) {
      String topic = c.keyword("topic").map(e -> ev.definiteString(ev.eval(e, scope))).orElseGet(() -> defaultTopic(c, scope));
      String manager = c.keyword("manager").map(e -> ev.definiteString(ev.eval(e, scope))).orElse(null);
      return Optional.of(new Server(topic, manager, "Service.create in its main (" + where + ")"));
    }
    Value callee = ev.eval(c.func(), scope);
    if (callee instanceof Value.ClassRef k) {
      Optional<String> topic = serverTopic(k.cls());
      if (topic.isPresent()) {
        return Optional.of(new Server(topic.get(), k.cls().qname(), "server built by its main (" + where + ")"));
      }
    } else if (callee instanceof Value.Function f) {
      return walk(f.fn(), depth + 1); // a set-up helper (server.setup_sahara_engine()) may start it
    }
    return Optional.empty();
  }

  /**
   * The topic {@code Service.create} gives a server when its caller names none, read from its own
   * body with the call's arguments bound: Cinder's {@code if not topic: topic = binary}. Null when
   * the code computes it in a way this reading does not follow (Nova's {@code binary.rpartition(...)}).
   */
  private String defaultTopic(Expr.Call create, Scope caller) {
    if (!(ev.eval(create.func(), caller) instanceof Value.Function f)) {
      return null;
    }
    Scope scope = ev.bind(f, create, caller);
    String topic = null;
    for (Stmt s : Statements.flatten(f.fn().def().body())) {
      if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
          && n.id().equals("topic")) {
        topic = ev.definiteString(ev.eval(a.value(), scope));
      }
    }
    return topic;
  }

  /** The topic of the {@code Target(topic=..., server=...)} an RPC server class's {@code __init__} listens on. */
  private Optional<String> serverTopic(ClassInfo cls) {
    for (ClassInfo c : ev.mro(cls)) {
      FunctionInfo init = c.methods().get("__init__");
      if (init == null) {
        continue;
      }
      Scope scope = ev.bindDefaults(init, new Value.Instance(cls, ""));
      for (Expr.Call call : Statements.calls(init.def().body())) {
        if (call.keyword("server").isPresent() && ev.eval(call, scope) instanceof Value.Target t && t.topic() != null) {
          return Optional.of(t.topic());
        }
      }
    }
    return Optional.empty();
  }

}
