package io.seqtrace.trace.walk;

import io.seqtrace.model.Expr;
import io.seqtrace.sequence.Element.StepKind;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.ServiceMap;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.ExprText;
import io.seqtrace.trace.interp.Scope;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies one call of the walk and draws it: RPC (through {@link RpcRoutes}), HTTP, a TaskFlow
 * run, database writes, notifications and policy checks, calls into an external participant (a
 * driver), failure paths, callbacks; an in-process call is followed, not drawn.
 */
final class CallSteps {

  private static final int EXTERNAL_DEPTH = 3;
  private static final String FAILURE_WALK = "walked on a failure path: ";

  private final Tracer t;
  private final Evaluator ev;
  private final Profile profile;
  private final ServiceMap services;
  private final StepRecorder out;

  CallSteps(Tracer t) {
    this.t = t;
    this.ev = t.ev;
    this.profile = t.profile;
    this.services = t.services;
    this.out = t.out;
  }

  void call(Expr.Call c, Scope scope, Ctx ctx, Map<String, List<String>> pending) {
    String name = c.func() instanceof Expr.Attribute a ? a.attr() : c.func() instanceof Expr.Name n ? n.id() : "";
    FunctionInfo here = scope.function;
    if (profile.notifyFunctions().contains(name)) {
      String event = Labels.eventType(c, scope, ev);
      if (!event.isEmpty()) { // an event the code does not name says nothing
        out.self(ctx.participant(), StepKind.NOTIFY, event, name, Labels.anchor(here, c.line()));
      }
      return;
    }
    if (profile.policyFunctions().contains(name)) {
      String what = Labels.firstString(c).map(s -> "check policy: " + s).orElse("check policy");
      out.self(ctx.participant(), StepKind.NOTE, what, name, Labels.anchor(here, c.line()));
      return;
    }
    Value receiver = c.func() instanceof Expr.Attribute a ? ev.eval(a.value(), scope) : Value.UNKNOWN;
    Value callee = ev.eval(c.func(), scope);
    if (callee instanceof Value.Union u) {
      callee = u.options().get(0); // both sides of an undecided conditional; the first as written
    }
    if (callee instanceof Value.RpcMethod rpc) {
      t.rpc.route(rpc, c, scope, ctx);
      return;
    }
    if (callee instanceof Value.FlowRun run) {
      // A TaskFlow engine runs each task's execute in order (revert only on failure: left out).
      for (Value task : List.copyOf(run.flow().tasks())) {
        if (task instanceof Value.Instance i) {
          ev.method(i.cls(), "execute").ifPresent(m -> t.descend(new Value.Function(m, i, null),
              new Expr.Call(c.func(), List.of(), c.line(), c.column()), scope, ctx.deeper()));
        }
      }
      return;
    }
    if (callee instanceof Value.HttpMethod http) {
      String target = http.client().participant();
      String label = http.verb() + " " + HttpPaths.of(c, scope, (e, at) ->
          ev.concrete(ev.eval(e, at)) instanceof Value.Const k && k.value() instanceof String text
              ? Optional.of(text) : Optional.empty());
      out.message(ctx.participant(), target, StepKind.HTTP, label, label, Labels.anchor(here, c.line()));
      out.message(target, ctx.participant(), StepKind.REPLY, "", http.verb(), Labels.anchor(here, c.line()));
      return;
    }
    if (receiver instanceof Value.Instance i && !i.guess().isEmpty()) {
      t.guesses.add(i.guess());
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
          dbLabel(n.id(), name, pending, receiver), name, Labels.anchor(here, c.line()));
      return;
    }
    if (callee.equals(Value.UNKNOWN) && c.func() instanceof Expr.Attribute a && isServiceHandle(a.value())) {
      t.unresolved.add(ExprText.of(c.func()) + " in " + (here == null ? "?" : here.localName()));
    }
    if (callee instanceof Value.External x && ev.library().makesCallable(x.qname())) {
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
            method, Labels.anchor(here, c.line()));
      }
      return;
    }
    if (profile.databaseModules().contains(module)) {
      if (isWrite(method)) {
        String label = Labels.writtenFields(c, scope, profile.quietStateFields()).orElse("db." + method + "()");
        out.message(ctx.participant(), profile.databaseParticipant(), StepKind.DB, label, method, Labels.anchor(here, c.line()));
      }
      return;
    }
    Optional<String> external = profile.externalParticipant(module);
    String role = RpcRoutes.role(ctx.participant());
    if (external.isPresent() && callee.owner().isEmpty()) {
      return; // a helper function of the driver's package, not a call on the driver
    }
    if (external.isPresent() && profile.tracedExternals().contains(external.get())
        && FailurePaths.raisesNotImplemented(callee.def().body())) {
      t.notImplemented++; // the configured driver does not implement it: the caller falls back
      return;
    }
    if (external.isPresent()) {
      // Only a driver runs on a particular compute host; other services are one participant.
      String target = external.get() + (profile.tracedExternals().contains(external.get()) ? role : "");
      if (target.equals(ctx.participant())) {
        t.descend(fn, preBound, c, scope, ctx.deeper());
        return;
      }
      out.message(ctx.participant(), target, StepKind.INVOKE, method, method, Labels.anchor(here, c.line()));
      if (profile.tracedExternals().contains(external.get())) {
        // Inside the driver only what crosses back out matters (callbacks, RPCs): look a few levels deep.
        int depth = Math.max(ctx.depth() + 1, Tracer.MAX_DEPTH - EXTERNAL_DEPTH);
        t.descend(fn, preBound, c, scope, new Ctx(target, ctx.participant(), depth));
      }
      return;
    }
    if (t.failures.inside() && !t.failures.firstTime(FAILURE_WALK + callee.qname())) {
      return; // already drawn on another failure path: each failure path once
    }
    Optional<String> failureGuard = t.failures.guardOf(c, method);
    if (failureGuard.isPresent()) {
      if (t.failures.firstTime(callee.qname())) {
        Ctx back = !ctx.caller().isEmpty() && isManagerModule(module) ? new Ctx(ctx.caller(), "", 1) : ctx.deeper();
        t.failurePath(failureGuard.get(), () -> t.descend(fn, preBound, c, scope, back));
      }
      return;
    }
    if (!ctx.caller().isEmpty() && isManagerModule(module)) {
      // A callback from inside an external participant back into the service (libvirt's post_method).
      out.message(ctx.participant(), ctx.caller(), StepKind.INVOKE, method, method, Labels.anchor(here, c.line()));
      // Back in the service, the callback is a handler of its own: give it a fresh depth budget.
      t.descend(fn, preBound, c, scope, new Ctx(ctx.caller(), "", 1));
      return;
    }
    if (profile.isOpaque(module) && !handsOnAService(c, scope)) {
      callbacks(c, scope, ctx);
      return;
    }
    t.descend(fn, preBound, c, scope, ctx.deeper());
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
        t.descend(fn, asCalled, scope, ctx.deeper());
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

  private String dbLabel(String receiverName, String method, Map<String, List<String>> pending, Value receiver) {
    List<String> fields = pending.remove(receiverName);
    if (fields != null && !fields.isEmpty() && method.equals("save")) {
      return String.join("\\n", fields);
    }
    String owner = receiver instanceof Value.Instance i && i.cls() != null ? i.cls().name()
        : receiver instanceof Value.ClassRef k ? k.cls().name() : receiverName;
    return owner + "." + method + "()";
  }
}
