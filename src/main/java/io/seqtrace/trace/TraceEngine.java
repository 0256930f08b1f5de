package io.seqtrace.trace;

import io.seqtrace.error.InputException;
import io.seqtrace.model.Module;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.interp.Evaluator;
import io.seqtrace.trace.interp.Startup;
import io.seqtrace.trace.interp.StartupGlobals;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.EntryPoints;
import java.util.ArrayList;
import java.util.Map;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.walk.Participants;
import io.seqtrace.trace.walk.Tracer;
import java.util.Collection;
import java.util.List;

/**
 * The tracing facade: indexes a code base once, discovers its services and operations, and
 * derives the workflow of any operation. Not thread-safe.
 */
public final class TraceEngine {

  private final CodeIndex index;
  private final Profile profile;
  private final ServiceMap services;
  private final OperationCatalog catalog;
  private final Startup startup;

  private TraceEngine(CodeIndex index, Profile profile, String setupCfg) {
    this.index = index;
    this.profile = profile;
    EntryPoints entryPoints = EntryPoints.parse(setupCfg);
    Startup bare = new Startup(entryPoints, Map.of());
    this.services = ServiceMap.derive(index, new Evaluator(index, profile, bare), profile, entryPoints);
    this.catalog = new OperationCatalog(index, profile);
    // The API's binary first: a request starts in its process.
    List<String> binaries = new ArrayList<>();
    binaries.add(profile.apiBinary());
    services.services().forEach(s -> binaries.add(s.binary()));
    List<FunctionInfo> mains = new ArrayList<>();
    for (String binary : binaries) {
      ServiceMap.main(index, entryPoints, binary).ifPresent(mains::add);
    }
    this.startup = new Startup(entryPoints, StartupGlobals.collect(new Evaluator(index, profile, bare), mains));
  }

  /** {@code setupCfg} is the text of the tree's setup.cfg, or empty when it has none. */
  public static TraceEngine build(Collection<Module> modules, String setupCfg, Profile profile) {
    return new TraceEngine(new CodeIndex(modules), profile, setupCfg);
  }

  public OperationCatalog catalog() {
    return catalog;
  }

  public ServiceMap services() {
    return services;
  }

  public CodeIndex index() {
    return index;
  }

  /** Traces an operation named by its API name or alias; an unknown name is the user's error. */
  public TraceResult trace(String name) {
    Operation op = catalog.find(name).orElseThrow(() -> new InputException(
        "unknown operation '" + name + "' (run 'seqtrace ops' to list them)"));
    return trace(op);
  }

  public TraceResult trace(Operation op) {
    // A fresh evaluator per operation: its memos depend on what was evaluated before, and a trace
    // must depend only on the code and the profile, never on what else this process traced.
    TraceOutput out = new Tracer(new Evaluator(index, profile, startup), services, profile).trace(op);
    Diagram diagram = new Diagram(op.name(), Participants.inOrder(out.elements()), out.elements());
    return new TraceResult(op, diagram, out.guesses(), out.unresolved(), out.truncated());
  }

  /** What the deployment fixes at start-up: entry points and the globals set-up functions assign. */
  public Startup startup() {
    return startup;
  }

  public List<Operation> operations() {
    return catalog.operations();
  }
}
