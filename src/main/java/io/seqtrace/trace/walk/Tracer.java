package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.ServiceMap;
import io.seqtrace.trace.TraceOutput;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
public final class Tracer {

  static final int MAX_DEPTH = 9;

  final Evaluator ev;
  final ServiceMap services;
  final Profile profile;
  final StepRecorder out = new StepRecorder();
  final Deque<List<Runnable>> asyncQueues = new ArrayDeque<>();
  private final Deque<String> stack = new ArrayDeque<>();
  final Set<String> guesses = new LinkedHashSet<>();
  final Set<String> unresolved = new LinkedHashSet<>();
  /** Set when the walk stopped at its bound on steps. */
  boolean truncated;
  /** Functions (with the participant running them) that already drew a sequence of their own. */
  private final Set<String> drawnOnce = new java.util.HashSet<>();
  private static final int MIN_ARROWS_DRAWN_ONCE = 3;
  /** How the note that stands for a function drawn earlier begins. */
  public static final String AS_ABOVE = "as above: ";
  FailurePaths failures;
  /** How many driver calls so far landed on a base-class stub that raises NotImplementedError. */
  int notImplemented;
  private final StatementWalker statements;
  final CallSteps calls;
  final RpcRoutes rpc;

  public Tracer(Evaluator ev, ServiceMap services, Profile profile) {
    this.ev = ev;
    this.services = services;
    this.profile = profile;
    this.statements = new StatementWalker(this);
    this.calls = new CallSteps(this);
    this.rpc = new RpcRoutes(this);
  }

  public TraceOutput trace(Operation op) {
    String client = profile.clientParticipant();
    String api = services.apiParticipant();
    FunctionInfo entry = op.entry();
    failures = new FailurePaths(profile, op.name());
    out.message(client, api, StepKind.REQUEST, op.name(), op.name(), Labels.anchor(entry, entry.def().line()));
    out.activate(api, true);
    Value.Instance controller = ev.index().cls(entry.owner())
        .map(c -> new Value.Instance(c, "")).orElse(null);
    Value.Function fn = new Value.Function(entry, controller == null ? Value.UNKNOWN : controller, null);
    Scope scope = ev.bind(fn, null, Scope.moduleScope(entry.module()));
    runEntry(entry, scope, new Ctx(api, "", 0), () -> {
      out.message(api, client, StepKind.RESPONSE, "response", "", Labels.anchor(entry, entry.def().endLine()));
      out.activate(api, false);
    });
    List<Element> elements = Simplifier.simplify(Participants.resolveRoles(out.elements()));
    return new TraceOutput(elements, List.copyOf(guesses), List.copyOf(unresolved), truncated);
  }

  /** Runs a handler to its end, then {@code after}, then whatever it cast, in order. */
  void runEntry(FunctionInfo fn, Scope scope, Ctx ctx, Runnable after) {
    runEntry(fn, scope, ctx, after, false);
  }

  /**
   * As above; with {@code deferCasts} (the handler of a synchronous call) what it cast runs after
   * its caller's handler instead, since the caller carries on as soon as the reply arrives.
   */
  void runEntry(FunctionInfo fn, Scope scope, Ctx ctx, Runnable after, boolean deferCasts) {
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
          Labels.anchor(fn, fn.def().line()));
      return;
    }
    int arrowsBefore = out.arrows();
    stack.push(fn.qname());
    try {
      for (Expr d : fn.def().decorators()) {
        decoratorNote(d, fn, ctx);
      }
      statements.walkBody(fn.def().body(), scope, ctx, new LinkedHashMap<>());
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
        args.add((a.name().isEmpty() ? "" : a.name() + "=") + Labels.shortList(a.value()));
      }
      note = note + ": " + String.join(", ", args);
    }
    out.self(ctx.participant(), StepKind.NOTE, note, name, Labels.anchor(fn, d.line()));
  }

  List<Element> failureSteps(Runnable walk) {
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
  void failurePath(String guard, Runnable walk) {
    List<Element> steps = failureSteps(walk);
    if (!steps.isEmpty()) {
      out.fragment("opt", List.of(new Element.Branch(guard, steps, 0)));
    }
  }

  void descend(Value.Function fn, Expr.Call c, Scope caller, Ctx ctx) {
    descend(fn, List.of(), c, caller, ctx);
  }

  /** {@code preBound} fills the first positional parameters (a {@code functools.partial}). */
  void descend(Value.Function fn, List<Value> preBound, Expr.Call c, Scope caller, Ctx ctx) {
    Scope scope = ev.bind(fn, c, caller, preBound);
    walkFunction(fn.fn(), scope, ctx);
  }
}
