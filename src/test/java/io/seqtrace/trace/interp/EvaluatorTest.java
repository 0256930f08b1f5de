package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.seqtrace.model.Module;
import io.seqtrace.project.PythonPaths;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The interpreter on small programs written inline: what a module-level name evaluates to, the way
 * the tracer asks (factories, constants, library idioms), without tracing an operation.
 */
class EvaluatorTest {

  /** Parses {@code files} (path to source), indexes them and answers {@code module.name}. */
  private static Value global(Map<String, String> files, String module, String name) {
    PythonSourceParser parser = new PythonSourceParser();
    List<Module> modules = new ArrayList<>();
    new TreeMap<>(files).forEach((path, source) ->
        modules.add(parser.parse(path, PythonPaths.moduleName(path), source).module()));
    return new Evaluator(new CodeIndex(modules), Profile.nova()).global(module, name);
  }

  private static String className(Value v) {
    return assertInstanceOf(Value.Instance.class, v).cls().qname();
  }

  @Test
  void factoriesAreFollowedThroughTheirReturn() {
    Value v = global(Map.of("app/api.py", """
        class Foo(object):
            pass


        def API():
            return Foo()


        X = API()
        """), "app.api", "X");
    assertEquals("app.api.Foo", className(v));
  }

  @Test
  void constantsDecideConditionalsAndMembershipOfLiteralTables() {
    Map<String, String> files = Map.of("app/conf.py", """
        MAPPING = {'app.old.Driver': 'app.new.Driver'}
        CHOSEN = 'a' if True else 'b'
        KNOWN = 'app.old.Driver' in MAPPING
        FRESH = 'app.lvm.Driver' not in MAPPING
        """);
    assertEquals("a", assertInstanceOf(Value.Const.class, global(files, "app.conf", "CHOSEN")).value());
    assertEquals(Boolean.TRUE, assertInstanceOf(Value.Const.class, global(files, "app.conf", "KNOWN")).value());
    assertEquals(Boolean.TRUE, assertInstanceOf(Value.Const.class, global(files, "app.conf", "FRESH")).value());
  }

  @Test
  void differentConstantsOnUndecidedPathsAreNoAnswer() {
    Value v = global(Map.of("app/utils.py", """
        def may_have_ports(instance):
            if instance.vm_state in ('error', 'shelved'):
                return True
            return False


        ANSWER = may_have_ports(something)
        """), "app.utils", "ANSWER");
    assertFalse(v.known(), v.toString());
  }

  @Test
  void superCallsReachTheBaseClassMethod() {
    Value v = global(Map.of("app/rpc.py", """
        class Client(object):
            pass


        class Base(object):
            def make(self):
                return Client()


        class Child(Base):
            def make(self):
                return super().make()


        class OldStyle(Base):
            def make(self):
                return super(OldStyle, self).make()


        A = Child().make()
        B = OldStyle().make()
        """), "app.rpc", "A");
    assertEquals("app.rpc.Client", className(v));
  }

  @Test
  void importutilsLoadsAClassByName() {
    Map<String, String> files = Map.of(
        "app/drivers/lvm.py", "class LVMDriver(object):\n    pass\n",
        "app/manager.py", """
            from oslo_utils import importutils

            DRIVER = importutils.import_object('app.drivers.lvm.LVMDriver')
            """);
    assertEquals("app.drivers.lvm.LVMDriver", className(global(files, "app.manager", "DRIVER")));
  }

  @Test
  void taskflowFlowsCollectTheirTasksInOrder() {
    Value v = global(Map.of("app/flows.py", """
        import taskflow.engines
        from taskflow.patterns import linear_flow


        class ReserveTask(object):
            def execute(self):
                pass


        class CastTask(object):
            def execute(self):
                pass


        def get_flow():
            flow = linear_flow.Flow('create')
            flow.add(ReserveTask())
            flow.add(CastTask())
            return taskflow.engines.load(flow, store={})


        ENGINE = get_flow()
        """), "app.flows", "ENGINE");
    Value.Flow flow = assertInstanceOf(Value.Flow.class, v);
    assertEquals(List.of("app.flows.ReserveTask", "app.flows.CastTask"),
        flow.tasks().stream().map(EvaluatorTest::className).toList());
  }
}
