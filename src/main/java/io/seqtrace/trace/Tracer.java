package io.seqtrace.trace;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Stmt;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.ExprText;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the code of one operation from its REST handler and records the steps worth drawing:
 * RPC casts and calls between services (with the server side traced where it lands), calls into
 * the hypervisor driver and the clients of other services, database writes with the state they
 * set, notifications, checks, and the branches that decide between them.
 *
 * <p>In-process calls are followed (not drawn) up to a depth limit; what runs after a cast is
 * traced once the caster's handler has finished, as it would run. One tracer serves one
 * operation; it is not thread-safe.
 */
final class Tracer {

  private static final int MAX_DEPTH = 9;
  private static final int MAX_STEPS = 500;
  private static final int EXTERNAL_DEPTH = 3;
  private static final String SRC = "@src";
  private static final String DEST = "@dest";

  private final Evaluator ev;
  private final ServiceMap services;
  private final Profile profile;
  private final StepRecorder out = new StepRecorder();
  private final Deque<List<Runnable>> asyncQueues = new ArrayDeque<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> guesses = new LinkedHashSet<>();
  private final Set<String> unresolved = new LinkedHashSet<>();
  private boolean truncated;
  /** Functions (with the participant running them) that already drew a sequence of their own. */
  private final Set<String> drawnOnce = new java.util.HashSet<>();
  private static final int MIN_ARROWS_DRAWN_ONCE = 3;
  private static final String FAILURE_WALK = "walked on a failure path: ";
  /** How the note that stands for a function drawn earlier begins. */
  static final String AS_ABOVE = "as above: ";
  private FailurePaths failures;
  /** How many driver calls so far landed on a base-class stub that raises NotImplementedError. */
  private int notImplemented;

  Tracer(Evaluator ev, ServiceMap services, Profile profile) {
    this.ev = ev;
    this.services = services;
    this.profile = profile;
  }

  /** Where the walk is: who runs the code, and which participant handed control to an external one. */
  private record Ctx(String participant, String caller, int depth) {
    Ctx deeper() {
      return new Ctx(participant, caller, depth + 1);
    }
  }

  TraceOutput trace(Operation op) {
    String client = profile.clientParticipant();
    String api = services.apiParticipant();
    FunctionInfo entry = op.entry();
    failures = new FailurePaths(profile, op.name());
    out.message(client, api, StepKind.REQUEST, op.name(), op.name(), anchor(entry, entry.def().line()));
    out.activate(api, true);
    Value.Instance controller = ev.index().cls(entry.owner())
        .map(c -> new Value.Instance(c, "")).orElse(null);
    Value.Function fn = new Value.Function(entry, controller == null ? Value.UNKNOWN : controller, null);
    Scope scope = ev.bind(fn, null, Scope.moduleScope(entry.module()));
    runEntry(entry, scope, new Ctx(api, "", 0), () -> {
      out.message(api, client, StepKind.RESPONSE, "response", "", anchor(entry, entry.def().endLine()));
      out.activate(api, false);
    });
    List<Element> elements = Simplifier.simplify(Participants.resolveRoles(out.elements()));
    return new TraceOutput(elements, List.copyOf(guesses), List.copyOf(unresolved), truncated);
  }

  /** Runs a handler to its end, then {@code after}, then whatever it cast, in order. */
  private void runEntry(FunctionInfo fn, Scope scope, Ctx ctx, Runnable after) {
    runEntry(fn, scope, ctx, after, false);
  }

  /**
   * As above; with {@code deferCasts} (the handler of a synchronous call) what it cast runs after
   * its caller's handler instead, since the caller carries on as soon as the reply arrives.
   */
  private void runEntry(FunctionInfo fn, Scope scope, Ctx ctx, Runnable after, boolean deferCasts) {
    List<Runnable> queue = new ArrayList<>();
    asyncQueues.push(queue);
    try {
      walkFunction(fn, scope, ctx);
    } finally {
      asyncQueues.pop();
    }
    after.run();
    if (deferCasts && !asyncQueues.isEmpty()) {
      asyncQueues.peek().addAll(queue);
      return;
    }
    for (Runnable continuation : queue) {
      continuation.run();
    }
  }

  private void walkFunction(FunctionInfo fn, Scope scope, Ctx ctx) {
    if (ctx.depth() > MAX_DEPTH || stack.contains(fn.qname())) {
      return;
    }
    // Each code path once: a function that drew a sequence of its own is not drawn again when
    // reached on another path (inline and through a callback, from two branches); a note says so.
    String drawnKey = fn.qname() + "@" + ctx.participant();
    if (drawnOnce.contains(drawnKey)) {
      out.self(ctx.participant(), StepKind.NOTE, AS_ABOVE + fn.localName() + "()", fn.def().name(),
          anchor(fn, fn.def().line()));
      return;
    }
    int arrowsBefore = out.arrows();
    stack.push(fn.qname());
    try {
      for (Expr d : fn.def().decorators()) {
        decoratorNote(d, fn, ctx);
      }
      walkBody(fn.def().body(), scope, ctx, new LinkedHashMap<>());
    } finally {
      stack.pop();
    }
    if (out.arrows() - arrowsBefore >= MIN_ARROWS_DRAWN_ONCE) {
      drawnOnce.add(drawnKey);
    }
  }

  private void decoratorNote(Expr d, FunctionInfo fn, Ctx ctx) {
    Expr target = d instanceof Expr.Call c ? c.func() : d;
    String name = target instanceof Expr.Attribute a ? a.attr() : target instanceof Expr.Name n ? n.id() : "";
    String note = profile.decoratorNotes().get(name);
    if (note == null) {
      return;
    }
    if (d instanceof Expr.Call c && !c.args().isEmpty()) {
      List<String> args = new ArrayList<>();
      for (Expr.Argument a : c.args()) {
        args.add((a.name().isEmpty() ? "" : a.name() + "=") + shortList(a.value()));
      }
      note = note + ": " + String.join(", ", args);
    }
    out.self(ctx.participant(), StepKind.NOTE, note, name, anchor(fn, d.line()));
  }

  private static String shortList(Expr e) {
    if (e instanceof Expr.Collection c) {
      List<String> parts = new ArrayList<>();
      for (Expr el : c.elements()) {
        parts.add(ExprText.shortValue(el));
      }
      return "[" + String.join(", ", parts) + "]";
    }
    return ExprText.shortValue(e);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  /**
   * {@code pending} holds state assigned to objects ({@code instance.task_state = ...}) until they
   * are saved. Returns true when the walked path certainly left the function (a return or raise,
   * also inside a branch that constants decided), so the caller stops there.
   */
  private boolean walkBody(List<Stmt> body, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    for (int i = 0; i < body.size(); i++) {
      if (out.size() > MAX_STEPS) {
        truncated = true;
        return true;
      }
      Stmt stmt = body.get(i);
      if (stmt instanceof Stmt.If early && early.orElse().isEmpty() && terminates(early.body())) {
        EarlyReturn outcome = earlyReturn(early, body.subList(i + 1, body.size()), scope, ctx, pending);
        if (outcome == EarlyReturn.WALKED_REST) {
          return true;
        }
        if (outcome == EarlyReturn.NOTHING_DRAWN) {
          continue; // already walked once; walking it again would double the work at every level
        }
      }
      if (walkStmt(stmt, scope, ctx, pending)) {
        return true;
      }
    }
    return false;
  }

  /** True when a block always leaves the function: it ends in return or raise. */
  private static boolean terminates(List<Stmt> block) {
    if (block.isEmpty()) {
      return false;
    }
    Stmt last = block.get(block.size() - 1);
    // try: ...; return  except: recover  -- the path that succeeds leaves the function.
    return last instanceof Stmt.Return || last instanceof Stmt.Raise
        || last instanceof Stmt.Try t && terminates(t.body());
  }

  /**
   * {@code if c: ...; return} followed by more code is an if/else in disguise: when the early
   * branch does something worth drawing, the rest of the function is its else. Guard clauses
   * that only raise or return draw nothing and are passed over. Returns true when it walked the rest.
   */
  private enum EarlyReturn { NOT_APPLICABLE, NOTHING_DRAWN, WALKED_REST }

  private EarlyReturn earlyReturn(Stmt.If early, List<Stmt> rest, Scope scope, Ctx ctx,
      Map<String, List<String>> pending) {
    if (rest.isEmpty() || ev.truth(ev.eval(early.test(), scope)).isPresent()) {
      return EarlyReturn.NOT_APPLICABLE;
    }
    calls(early.test(), scope, ctx, pending);
    Scope branchScope = scope.fork();
    out.begin();
    walkBody(early.body(), branchScope, ctx, new LinkedHashMap<>(pending));
    List<Element> taken = out.end();
    if (taken.isEmpty()) {
      // A guard clause: what it bound leaves with it, the rest of the function goes on.
      return EarlyReturn.NOTHING_DRAWN;
    }
    out.begin();
    walkBody(rest, scope, ctx, pending);
    List<Element> otherwise = out.end();
    List<Element.Branch> branches = new ArrayList<>();
    branches.add(new Element.Branch(ExprText.of(early.test()), taken, 0));
    if (!otherwise.isEmpty()) {
      branches.add(new Element.Branch("else", otherwise, 0));
    }
    out.fragment(branches.size() == 1 ? "opt" : "alt", branches);
    return EarlyReturn.WALKED_REST;
  }

  /** Walks one statement; true when it certainly leaves the function. */
  private boolean walkStmt(Stmt stmt, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    if (stmt instanceof Stmt.Assign a) {
      calls(a.value(), scope, ctx, pending);
      Evaluator.assign(a, scope, ev);
      for (Expr target : a.targets()) {
        // State set from a constant (task_states.PAUSING, None) is what a diagram shows; computed values are noise.
        if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name n && !n.id().equals("self")
            && !profile.quietStateFields().contains(at.attr())) {
          stateValue(a.value(), scope).ifPresent(v ->
              pending.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(at.attr() + " = " + v));
        }
      }
    } else if (stmt instanceof Stmt.ExprStmt e) {
      calls(e.value(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.Return r) {
      r.value().ifPresent(v -> calls(v, scope, ctx, pending));
      return true;
    } else if (stmt instanceof Stmt.Raise) {
      return true;
    } else if (stmt instanceof Stmt.If i) {
      return walkIf(i, scope, ctx, pending);
    } else if (stmt instanceof Stmt.For f) {
      calls(f.iter(), scope, ctx, pending);
      bindUnknown(f.target(), scope);
      loop("for " + ExprText.of(f.target()) + " in " + ExprText.of(f.iter()), f.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.While w) {
      loop("while " + ExprText.of(w.test()), w.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.Try t) {
      return walkTry(t, scope, ctx, pending);
    } else if (stmt instanceof Stmt.With w) {
      for (Stmt.WithItem item : w.items()) {
        calls(item.context(), scope, ctx, pending);
        item.target().ifPresent(t -> bindUnknown(t, scope));
      }
      return walkBody(w.body(), scope, ctx, pending);
    } else if (stmt instanceof Stmt.FunctionDef f) {
      scope.set(f.name(), Evaluator.nested(f, scope));
    }
    return false;
  }

  /**
   * The body is the path that succeeds. A driver stub that raised NotImplementedError sends the
   * walk into the matching handler instead (the manager's fallback, {@code _rebuild_default_impl});
   * other handlers are failure paths, drawn once each inside {@code opt on failure: except X}.
   */
  private boolean walkTry(Stmt.Try t, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    int stubsBefore = notImplemented;
    boolean left = walkBody(t.body(), scope, ctx, pending);
    Optional<Stmt.Handler> fallback = t.handlers().stream().filter(FailurePaths::catchesNotImplemented).findFirst();
    if (notImplemented > stubsBefore && fallback.isPresent()) {
      notImplemented = stubsBefore;
      left = walkBody(fallback.get().body(), scope, ctx, pending);
    } else if (!left) {
      left = walkBody(t.orElse(), scope, ctx, pending);
    }
    // One handler runs when something fails: the handlers of one try are the branches of one alt.
    List<Element.Branch> handlers = new ArrayList<>();
    for (Stmt.Handler h : t.handlers()) {
      if (!FailurePaths.catchesNotImplemented(h) && scope.function != null
          && failures.firstTime(scope.function.path() + ":" + h.line())) {
        List<Element> steps = failureSteps(() -> walkBody(h.body(), scope.fork(), ctx, new LinkedHashMap<>(pending)));
        if (!steps.isEmpty()) {
          handlers.add(new Element.Branch(FailurePaths.guardOf(h), steps, 0));
        }
      }
    }
    if (!handlers.isEmpty()) {
      out.fragment(handlers.size() == 1 ? "opt" : "alt", handlers);
    }
    return walkBody(t.finalBody(), scope, ctx, pending) || left;
  }

  private List<Element> failureSteps(Runnable walk) {
    failures.enter();
    out.begin();
    try {
      walk.run();
    } finally {
      failures.leave();
    }
    return out.end();
  }

  /** Walks a failure path into its own {@code opt} fragment; draws nothing when it holds no step. */
  private void failurePath(String guard, Runnable walk) {
    List<Element> steps = failureSteps(walk);
    if (!steps.isEmpty()) {
      out.fragment("opt", List.of(new Element.Branch(guard, steps, 0)));
    }
  }

  /**
   * The value a state field is set to, as a diagram shows it: a named constant ({@code
   * task_states.PAUSING}), None, a boolean or a string, also when a variable holds one; empty for
   * what says nothing ({@code host = host}, a computed value). Fields the profile calls quiet
   * ({@code cleaned}, {@code progress}) are not shown at all.
   */
  private Optional<String> stateValue(Expr value, Scope scope) {
    if (value instanceof Expr.Attribute a && Character.isUpperCase(a.attr().charAt(0))
        && a.attr().equals(a.attr().toUpperCase(java.util.Locale.ROOT))) {
      return Optional.of(ExprText.shortValue(value));
    }
    if (value instanceof Expr.Str str) {
      return Optional.of("'" + str.value() + "'");
    }
    if (value instanceof Expr.Name n && (n.id().equals("None") || n.id().equals("True") || n.id().equals("False"))) {
      return Optional.of(n.id());
    }
    if (value instanceof Expr.Name) {
      Scope.Origin origin = scope.trace(value, 4);
      if (origin.expr() != value) {
        return stateValue(origin.expr(), origin.scope());
      }
    }
    return Optional.empty();
  }

  private static void bindUnknown(Expr target, Scope scope) {
    if (target instanceof Expr.Name n) {
      scope.set(n.id(), Value.UNKNOWN);
    } else if (target instanceof Expr.Collection c) {
      c.elements().forEach(e -> bindUnknown(e, scope));
    }
  }

  private void loop(String guard, List<Stmt> body, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    out.begin();
    walkBody(body, scope, ctx, pending);
    List<Element> steps = out.end();
    if (!steps.isEmpty()) {
      out.fragment("loop", List.of(new Element.Branch(guard, steps, 0)));
    }
  }

  /** Walks an if; true when constants decided it and the branch taken leaves the function. */
  private boolean walkIf(Stmt.If i, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    calls(i.test(), scope, ctx, pending);
    Value test = ev.eval(i.test(), scope);
    Optional<Boolean> decided = ev.truth(test);
    if (decided.isPresent()) {
      if (test instanceof Value.Const k && !k.guess().isEmpty()) {
        guesses.add(k.guess());
      }
      List<Stmt> taken = decided.get() ? i.body() : i.orElse();
      boolean left = walkBody(taken, scope, ctx, pending);
      // A decided branch that raises says more about the limits of this reading than about the
      // operation, whose diagram is the path that succeeds: carry on after it.
      return left && !(taken.get(taken.size() - 1) instanceof Stmt.Raise);
    }
    // Flatten the elif chain into the branches of one fragment.
    List<String> guards = new ArrayList<>();
    List<List<Stmt>> bodies = new ArrayList<>();
    Stmt.If current = i;
    while (true) {
      guards.add(ExprText.of(current.test()));
      bodies.add(current.body());
      if (current.orElse().size() == 1 && current.orElse().get(0) instanceof Stmt.If elif) {
        current = elif;
        continue;
      }
      if (!current.orElse().isEmpty()) {
        guards.add("else");
        bodies.add(current.orElse());
      }
      break;
    }
    List<Element.Branch> branches = new ArrayList<>();
    List<Scope> branchScopes = new ArrayList<>();
    boolean everyBranchLeaves = guards.get(guards.size() - 1).equals("else");
    for (int b = 0; b < bodies.size(); b++) {
      Scope branchScope = scope.fork();
      branchScopes.add(branchScope);
      out.begin();
      everyBranchLeaves &= walkBody(bodies.get(b), branchScope, ctx, new LinkedHashMap<>(pending));
      List<Element> steps = out.end();
      if (!steps.isEmpty()) {
        branches.add(new Element.Branch(guards.get(b), steps, 0));
      }
    }
    mergeBranchScopes(scope, branchScopes, !guards.get(guards.size() - 1).equals("else"));
    if (branches.isEmpty()) {
      return everyBranchLeaves;
    }
    if (bodies.size() > 1 && branches.size() == bodies.size()
        && branches.stream().map(Element.Branch::elements).distinct().count() == 1) {
      branches.get(0).elements().forEach(out::add); // every branch does the same: no fragment
      return everyBranchLeaves;
    }
    if (branches.size() == 1) {
      Element.Branch only = branches.get(0);
      String guard = only.guard().equals("else") ? "not (" + guards.get(0) + ")" : only.guard();
      out.fragment("opt", List.of(new Element.Branch(guard, only.elements(), 0)));
      return everyBranchLeaves;
    }
    out.fragment("alt", branches);
    return everyBranchLeaves;
  }

  /**
   * After an undecided if, a name keeps its value only when every way through agrees on it
   * ({@code is_local_delete = True} then maybe reassigned in a branch is unknown afterwards).
   */
  private static void mergeBranchScopes(Scope scope, List<Scope> branches, boolean fallThrough) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    branches.forEach(b -> names.addAll(b.locals().keySet()));
    for (String name : names) {
      Value before = scope.lookup(name).orElse(Value.UNKNOWN);
      java.util.Set<Value> outcomes = new java.util.HashSet<>();
      for (Scope b : branches) {
        outcomes.add(b.lookup(name).orElse(Value.UNKNOWN));
      }
      if (fallThrough) {
        outcomes.add(before);
      }
      scope.set(name, outcomes.size() == 1 ? outcomes.iterator().next() : Value.UNKNOWN);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Calls

  /** Visits the calls inside an expression in evaluation order: arguments before the call. */
  private void calls(Expr e, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    if (e instanceof Expr.Call c) {
      if (c.func() instanceof Expr.Attribute a) {
        calls(a.value(), scope, ctx, pending);
      }
      for (Expr.Argument arg : c.args()) {
        calls(arg.value(), scope, ctx, pending);
      }
      call(c, scope, ctx, pending);
    } else if (e instanceof Expr.Attribute a) {
      calls(a.value(), scope, ctx, pending);
    } else if (e instanceof Expr.Collection c) {
      c.elements().forEach(x -> calls(x, scope, ctx, pending));
    } else if (e instanceof Expr.Operation op) {
      op.operands().forEach(x -> calls(x, scope, ctx, pending));
    } else if (e instanceof Expr.Conditional c) {
      calls(c.test(), scope, ctx, pending);
    } else if (e instanceof Expr.Subscript s) {
      calls(s.value(), scope, ctx, pending);
    }
  }

  private void call(Expr.Call c, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    String name = c.func() instanceof Expr.Attribute a ? a.attr() : c.func() instanceof Expr.Name n ? n.id() : "";
    FunctionInfo here = scope.function;
    if (profile.notifyFunctions().contains(name)) {
      String event = eventType(c, scope);
      if (!event.isEmpty()) { // an event the code does not name says nothing
        out.self(ctx.participant(), StepKind.NOTIFY, event, name, anchor(here, c.line()));
      }
      return;
    }
    if (profile.policyFunctions().contains(name)) {
      String what = firstString(c).map(s -> "check policy: " + s).orElse("check policy");
      out.self(ctx.participant(), StepKind.NOTE, what, name, anchor(here, c.line()));
      return;
    }
    Value receiver = c.func() instanceof Expr.Attribute a ? ev.eval(a.value(), scope) : Value.UNKNOWN;
    Value callee = ev.eval(c.func(), scope);
    if (callee instanceof Value.Union u) {
      callee = u.options().get(0); // both sides of an undecided conditional; the first as written
    }
    if (callee instanceof Value.RpcMethod rpc) {
      rpc(rpc, c, scope, ctx);
      return;
    }
    if (callee instanceof Value.FlowRun run) {
      // A TaskFlow engine runs each task's execute in order (revert only on failure: left out).
      for (Value task : List.copyOf(run.flow().tasks())) {
        if (task instanceof Value.Instance i) {
          ev.method(i.cls(), "execute").ifPresent(m -> descend(new Value.Function(m, i, null),
              new Expr.Call(c.func(), List.of(), c.line(), c.column()), scope, ctx.deeper()));
        }
      }
      return;
    }
    if (callee instanceof Value.HttpMethod http) {
      String target = http.client().participant();
      String label = http.verb() + " " + HttpPaths.of(c, scope);
      out.message(ctx.participant(), target, StepKind.HTTP, label, label, anchor(here, c.line()));
      out.message(target, ctx.participant(), StepKind.REPLY, "", http.verb(), anchor(here, c.line()));
      return;
    }
    if (receiver instanceof Value.Instance i && !i.guess().isEmpty()) {
      guesses.add(i.guess());
    }
    if (callee instanceof Value.Partial partial) {
      // functools.partial(self._rollback_live_migration, ...) handed to the driver as a callback:
      // called, it is the function itself with its first arguments given.
      function(partial.fn(), partial.args(), c, scope, ctx, pending, receiver);
      return;
    }
    if (callee instanceof Value.Function fn) {
      function(fn, List.of(), c, scope, ctx, pending, receiver);
      return;
    }
    if (profile.databaseWriteMethods().contains(name) && c.func() instanceof Expr.Attribute a
        && a.value() instanceof Expr.Name n && !n.id().equals("self") && !(receiver instanceof Value.ModuleRef)
        && !(receiver instanceof Value.External)) {
      out.message(ctx.participant(), profile.databaseParticipant(), StepKind.DB,
          dbLabel(n.id(), name, pending, receiver), name, anchor(here, c.line()));
      return;
    }
    if (callee.equals(Value.UNKNOWN) && c.func() instanceof Expr.Attribute a && isServiceHandle(a.value())) {
      unresolved.add(ExprText.of(c.func()) + " in " + (here == null ? "?" : here.localName()));
    }
    if (callee instanceof Value.External x && Names.last(x.qname()).equals("partial")) {
      return; // functools.partial(f, ...) makes a callable; f runs only when that is called
    }
    callbacks(c, scope, ctx);
  }

  /** Receivers such as {@code self.compute_rpcapi} or {@code self.driver} should always resolve; say when not. */
  private static boolean isServiceHandle(Expr receiver) {
    if (receiver instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && n.id().equals("self")) {
      String attr = a.attr();
      return attr.endsWith("_api") || attr.endsWith("rpcapi") || attr.equals("driver") || attr.endsWith("_client");
    }
    return false;
  }

  private void function(Value.Function fn, List<Value> preBound, Expr.Call c, Scope scope, Ctx ctx,
      Map<String, List<String>> pending, Value receiver) {
    FunctionInfo callee = fn.fn();
    FunctionInfo here = scope.function;
    String module = callee.module();
    String method = callee.def().name();
    if (profile.objectPackages().stream().anyMatch(p -> Names.inPackage(module, p))) {
      if (profile.databaseWriteMethods().contains(method)) {
        String receiverName = c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n ? n.id() : "";
        out.message(ctx.participant(), profile.databaseParticipant(), StepKind.DB,
            dbLabel(receiverName, method, pending, receiver.known() ? receiver : new Value.Instance(ownerClass(callee), "")),
            method, anchor(here, c.line()));
      }
      return;
    }
    if (profile.databaseModules().contains(module)) {
      if (isWrite(method)) {
        out.message(ctx.participant(), profile.databaseParticipant(), StepKind.DB, "db." + method + "()",
            method, anchor(here, c.line()));
      }
      return;
    }
    Optional<String> external = profile.externalParticipant(module);
    String role = role(ctx.participant());
    if (external.isPresent() && callee.owner().isEmpty()) {
      return; // a helper function of the driver's package, not a call on the driver
    }
    if (external.isPresent() && profile.tracedExternals().contains(external.get())
        && FailurePaths.raisesNotImplemented(callee.def().body())) {
      notImplemented++; // the configured driver does not implement it: the caller falls back
      return;
    }
    if (external.isPresent()) {
      // Only a driver runs on a particular compute host; other services are one participant.
      String target = external.get() + (profile.tracedExternals().contains(external.get()) ? role : "");
      if (target.equals(ctx.participant())) {
        descend(fn, preBound, c, scope, ctx.deeper());
        return;
      }
      out.message(ctx.participant(), target, StepKind.INVOKE, method, method, anchor(here, c.line()));
      if (profile.tracedExternals().contains(external.get())) {
        // Inside the driver only what crosses back out matters (callbacks, RPCs): look a few levels deep.
        int depth = Math.max(ctx.depth() + 1, MAX_DEPTH - EXTERNAL_DEPTH);
        descend(fn, preBound, c, scope, new Ctx(target, ctx.participant(), depth));
      }
      return;
    }
    if (failures.inside() && !failures.firstTime(FAILURE_WALK + callee.qname())) {
      return; // already drawn on another failure path: each failure path once
    }
    Optional<String> failureGuard = failures.guardOf(c, method);
    if (failureGuard.isPresent()) {
      if (failures.firstTime(callee.qname())) {
        Ctx back = !ctx.caller().isEmpty() && isManagerModule(module) ? new Ctx(ctx.caller(), "", 1) : ctx.deeper();
        failurePath(failureGuard.get(), () -> descend(fn, preBound, c, scope, back));
      }
      return;
    }
    if (!ctx.caller().isEmpty() && isManagerModule(module)) {
      // A callback from inside an external participant back into the service (libvirt's post_method).
      out.message(ctx.participant(), ctx.caller(), StepKind.INVOKE, method, method, anchor(here, c.line()));
      // Back in the service, the callback is a handler of its own: give it a fresh depth budget.
      descend(fn, preBound, c, scope, new Ctx(ctx.caller(), "", 1));
      return;
    }
    if (profile.isOpaque(module) && !handsOnAService(c, scope)) {
      callbacks(c, scope, ctx);
      return;
    }
    descend(fn, preBound, c, scope, ctx.deeper());
  }

  /**
   * True when a call hands another service's client or the driver to a helper ({@code
   * compute_utils.create_image(..., self.image_api)}): the helper is followed even in a module
   * the profile calls opaque, since what it does with that object is a step of the workflow.
   */
  private boolean handsOnAService(Expr.Call c, Scope scope) {
    for (Expr.Argument a : c.args()) {
      if (ev.eval(a.value(), scope) instanceof Value.Instance i && i.cls() != null
          && profile.externalParticipant(i.cls().module()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A project function handed to code we do not follow ({@code utils.spawn_n(_locked_do_build,
   * context, instance)}) will be called by it: trace it there, with the arguments that follow it.
   */
  private void callbacks(Expr.Call c, Scope scope, Ctx ctx) {
    List<Expr.Argument> args = c.args();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).kind() != Expr.Argument.Kind.POSITIONAL) {
        continue;
      }
      Value v = ev.eval(args.get(i).value(), scope);
      if (v instanceof Value.Function fn && !profile.isOpaque(fn.fn().module())) {
        List<Expr.Argument> rest = new ArrayList<>();
        for (int j = i + 1; j < args.size(); j++) {
          rest.add(args.get(j));
        }
        Expr.Call asCalled = new Expr.Call(args.get(i).value(), rest, c.line(), c.column());
        descend(fn, asCalled, scope, ctx.deeper());
        return;
      }
    }
  }

  /** The module of a service's manager ({@code nova.compute.manager}), where driver callbacks land. */
  private boolean isManagerModule(String module) {
    return services.serviceOf(module).map(svc -> Names.parent(svc.manager()).equals(module)).orElse(false);
  }

  private ClassInfo ownerClass(FunctionInfo f) {
    return ev.index().cls(f.owner()).orElse(null);
  }

  /** Database API functions that write, by the verbs in their names. */
  private static final java.util.regex.Pattern WRITE =
      java.util.regex.Pattern.compile("create|update|destroy|delete|save|_set|_add|_start|_finish|_remove");

  private static boolean isWrite(String method) {
    return WRITE.matcher(method).find();
  }

  private void descend(Value.Function fn, Expr.Call c, Scope caller, Ctx ctx) {
    descend(fn, List.of(), c, caller, ctx);
  }

  /** {@code preBound} fills the first positional parameters (a {@code functools.partial}). */
  private void descend(Value.Function fn, List<Value> preBound, Expr.Call c, Scope caller, Ctx ctx) {
    Scope scope = ev.bind(fn, c, caller, preBound);
    walkFunction(fn.fn(), scope, ctx);
  }

  private String dbLabel(String receiverName, String method, Map<String, List<String>> pending, Value receiver) {
    List<String> fields = pending.remove(receiverName);
    if (fields != null && !fields.isEmpty() && method.equals("save")) {
      return String.join("\\n", fields);
    }
    String owner = receiver instanceof Value.Instance i && i.cls() != null ? i.cls().name()
        : receiver instanceof Value.ClassRef k ? k.cls().name() : receiverName;
    return owner + "." + method + "()";
  }

  // ---------------------------------------------------------------------------------------------
  // RPC

  private void rpc(Value.RpcMethod rpc, Expr.Call c, Scope scope, Ctx ctx) {
    FunctionInfo client = scope.function;
    Optional<String> methodName = c.positional(1).map(e -> ev.concrete(ev.eval(e, scope)))
        .filter(v -> v instanceof Value.Const k && k.value() instanceof String)
        .map(v -> (String) ((Value.Const) v).value());
    if (methodName.isEmpty() || client == null) {
      return;
    }
    String method = methodName.get();
    StepKind kind = rpc.client().fanout() ? StepKind.FANOUT
        : rpc.kind().equals("call") ? StepKind.CALL : StepKind.CAST;
    Optional<ServiceMap.Service> service = services.serviceOf(client.module());
    if (service.isEmpty()) {
      unresolved.add("RPC " + method + " from " + client.module() + ": no service hosts that package");
      return;
    }
    String target = service.get().participant() + serverRole(rpc.client());
    out.message(ctx.participant(), target, kind, method, method, anchor(client, c.line()));
    if (failures.inside()) {
      // On a failure path the message is the point; what the other side then does is not drawn.
      return;
    }
    Optional<FunctionInfo> endpoint = services.endpoint(ev, client, method);
    if (endpoint.isEmpty()) {
      unresolved.add("RPC " + method + ": no endpoint in " + service.get().pkg());
      return;
    }
    FunctionInfo server = endpoint.get();
    Scope serverScope = endpointScope(server, c, scope);
    Ctx serverCtx = new Ctx(target, "", 0);
    String caller = ctx.participant();
    if (kind == StepKind.CALL) {
      out.activate(target, true);
      // The reply goes back as soon as the handler returns; what it cast runs after that.
      runEntry(server, serverScope, serverCtx, () -> {
        out.message(target, caller, StepKind.REPLY, "return " + method, method, anchor(server, server.def().endLine()));
        out.activate(target, false);
      }, true);
    } else {
      asyncQueues.peek().add(() -> {
        out.activate(target, true);
        runEntry(server, serverScope, serverCtx, () -> out.activate(target, false));
      });
    }
  }

  /** The server side's parameters take the values the client sent as keyword arguments. */
  private Scope endpointScope(FunctionInfo server, Expr.Call cast, Scope clientScope) {
    Value self = ev.index().cls(server.owner()).<Value>map(k -> new Value.Instance(k, "")).orElse(Value.UNKNOWN);
    Scope scope = ev.bindDefaults(server, self);
    for (Expr.Argument a : cast.args()) {
      if (a.kind() == Expr.Argument.Kind.KEYWORD) {
        scope.set(a.name(), ev.eval(a.value(), clientScope));
      } else if (a.kind() == Expr.Argument.Kind.DOUBLE_STAR) {
        // cctxt.call(ctxt, 'migrate_server', **kw) with kw = {'live': live, ...} built just before.
        Expr dict = a.value() instanceof Expr.Name n ? clientScope.definition(n.id()).orElse(a.value()) : a.value();
        if (dict instanceof Expr.Collection d && d.kind().equals("dict")) {
          for (int i = 0; i + 1 < d.elements().size(); i += 2) {
            if (d.elements().get(i) instanceof Expr.Str key) {
              scope.set(key.value(), ev.eval(d.elements().get(i + 1), clientScope));
            }
          }
        }
      }
    }
    return scope;
  }

  /**
   * Which compute host an RPC goes to: the instance's own host ({@code _compute_host(None,
   * instance)}, {@code instance.host}) is the source; any other host argument is the destination.
   */
  private String serverRole(Value.RpcClient client) {
    if (client.server() == null) {
      return "";
    }
    // Follow server= back through helpers and callers: the first value with a known role wins.
    Scope.Origin at = new Scope.Origin(client.server(), client.serverScope());
    for (int hop = 0; hop < 8; hop++) {
      Value hostValue = ev.eval(at.expr(), at.scope());
      if (hostValue instanceof Value.Host h) {
        return "@" + h.role();
      }
      Scope.Origin next = at.scope().trace(at.expr(), 1);
      if (next.equals(at)) {
        break;
      }
      at = next;
    }
    Expr resolved = at.expr();
    Profile.HostRoles roles = profile.hostRoles();
    if (resolved instanceof Expr.Call call && ExprText.of(call.func()).endsWith(roles.instanceHostFunction())) {
      Scope callScope = at.scope();
      Optional<Expr> host = call.positional(0);
      boolean noHost = host.map(h -> ev.truth(ev.eval(h, callScope)).map(b -> !b).orElse(false))
          .orElse(true);
      return noHost ? SRC : DEST;
    }
    return ExprText.of(resolved).contains(roles.instanceName()) ? SRC : DEST;
  }

  private static String role(String participant) {
    int at = participant.indexOf('@');
    return at < 0 ? "" : participant.substring(at);
  }

  // ---------------------------------------------------------------------------------------------
  // Labels

  /** {@code 'pause.start'}, or {@code action=...PAUSE, phase=...START} as {@code pause.start}. */
  private String eventType(Expr.Call c, Scope scope) {
    Optional<Expr> action = c.keyword("action");
    Optional<Expr> phase = c.keyword("phase");
    if (action.isPresent()) {
      String a = ExprText.shortValue(action.get()).toLowerCase(java.util.Locale.ROOT).replace("'", "");
      return phase.map(p -> a + "." + ExprText.shortValue(p).toLowerCase(java.util.Locale.ROOT)).orElse(a);
    }
    // The event is the first string argument, possibly built: "%s.start" % delete_type.
    for (Expr.Argument arg : c.args()) {
      if (arg.value() instanceof Expr.Str s) {
        return s.value();
      }
      if (arg.value() instanceof Expr.Operation op && op.op().equals("%") && op.operands().get(0) instanceof Expr.Str format) {
        Value v = ev.concrete(ev.eval(op, scope));
        return v instanceof Value.Const k && k.value() instanceof String text
            ? text : format.value().replace("%s", "*");
      }
    }
    return c.keyword("event_suffix").filter(e -> e instanceof Expr.Str).map(e -> ((Expr.Str) e).value()).orElse("");
  }

  private static Optional<String> firstString(Expr.Call c) {
    for (Expr.Argument arg : c.args()) {
      if (arg.value() instanceof Expr.Str s) {
        return Optional.of(s.value());
      }
    }
    return Optional.empty();
  }

  private static Optional<SourceAnchor> anchor(FunctionInfo fn, int line) {
    if (fn == null) {
      return Optional.empty();
    }
    return Optional.of(new SourceAnchor(fn.path(), line, fn.localName()));
  }
}
