package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import java.util.List;

/**
 * What an expression evaluates to, as far as a static reading can tell: a module, a class, an
 * instance of a class, a function (bound to an instance or not), a constant, an RPC client, or
 * unknown. {@code guess} is non-empty when the value rests on a profile default rather than on
 * the code, so that whatever is derived from it can say so.
 */
public sealed interface Value {

  Unknown UNKNOWN = new Unknown();

  /** A module of the project. */
  record ModuleRef(String name) implements Value {}

  /** A name outside the project ({@code oslo_utils.importutils.import_object}). */
  record External(String qname) implements Value {}

  /** A configuration option path under CONF ({@code conductor.topic}); its value is decided late. */
  record Conf(String path) implements Value {}

  record ClassRef(ClassInfo cls, String guess) implements Value {}

  /** An instance; {@code init} is the scope its {@code __init__} ran in (constructor arguments), or null. */
  record Instance(ClassInfo cls, String guess, Scope init) implements Value {
    public Instance(ClassInfo cls, String guess) {
      this(cls, guess, null);
    }
  }

  /** A function; {@code self} is the bound receiver or {@link #UNKNOWN}; {@code closure} the defining scope or null. */
  record Function(FunctionInfo fn, Value self, Scope closure) implements Value {}

  /** {@code functools.partial(fn, *args)}: a function with its first positional arguments given. */
  record Partial(Function fn, List<Value> args) implements Value {}

  /** A compute host name whose role is known: the instance's own host ({@code src}) or another ({@code dest}). */
  record Host(String role) implements Value {}

  /** A Python constant: String, Boolean, Long, or null for None. */
  record Const(Object value, String guess) implements Value {
    public static Const of(Object value) {
      return new Const(value, "");
    }
  }

  /**
   * An oslo.messaging RPC client ({@code RPCClient(transport, target)}) or the result of {@code
   * client.prepare(server=..., fanout=...)}; {@code topic} is its target's topic when known (the
   * servers listening on it receive what it sends), else null.
   */
  record RpcClient(Expr server, Scope serverScope, boolean fanout, Expr.Call site, String topic) implements Value {}

  /** An oslo.messaging {@code Target(topic=...)}; {@code topic} is null when not known. */
  record Target(String topic) implements Value {}

  /**
   * A stevedore manager ({@code DriverManager(namespace=..., name=...)}) with the plugin it
   * loaded from the project's entry points: an instance with {@code invoke_on_load}, else the class.
   */
  record DriverManager(Value driver) implements Value {}

  /** {@code cctxt.cast} or {@code cctxt.call} of a prepared client. */
  record RpcMethod(RpcClient client, String kind) implements Value {}

  /** A tuple of values ({@code return ctx, cluster, plugin}), unpacked by assignment or read by index. */
  record Tuple(List<Value> items) implements Value {
    public Tuple {
      items = List.copyOf(items);
    }
  }

  /** One of several values (a conditional expression that could not be decided). */
  record Union(List<Value> options) implements Value {}

  /**
   * An HTTP client of another service's REST API ({@code utils.get_ksa_adapter('placement')}, a
   * keystoneauth adapter): {@code participant} is who answers its requests.
   */
  record HttpClient(String participant) implements Value {}

  /** {@code client.get}, {@code client.put}, ... of an HTTP client; {@code verb} is upper case. */
  record HttpMethod(HttpClient client, String verb) implements Value {}

  /** {@code super()} in a method of {@code after}: attributes are looked up past it in the MRO of {@code self}. */
  record Super(Value self, ClassInfo selfClass, ClassInfo after) implements Value {}

  /**
   * A TaskFlow flow ({@code linear_flow.Flow(name)}) or the engine loaded from it: the tasks
   * added so far, in order. The list grows as {@code flow.add(...)} statements are read; it is
   * the one mutable value, owned by the walk that built it.
   */
  record Flow(List<Value> tasks) implements Value {}

  /** {@code engine.run}: running a flow runs each task's {@code execute} in order. */
  record FlowRun(Flow flow) implements Value {}

  /** Nothing known. */
  record Unknown() implements Value {}

  default boolean known() {
    return !(this instanceof Unknown);
  }
}
