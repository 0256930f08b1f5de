package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.model.Module;
import io.seqtrace.project.PythonPaths;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.trace.Profile;
import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.symbols.CodeIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static Object constant(Map<String, String> files, String module, String name) {
    return assertInstanceOf(Value.Const.class, global(files, module, name)).value();
  }

  @Test
  void operatorsOnConstants() {
    Map<String, String> files = Map.of("app/ops.py", """
        NAME = 'vol'
        EMPTY = ''
        EITHER = EMPTY or 'default'
        BOTH = NAME and 'second'
        NEITHER = not NAME
        SAME = NAME == 'vol'
        IS_NONE = None is None
        DIFFERENT = NAME != 'vol'
        FORMATTED = 'app.drivers.%s' % NAME
        JOINED = NAME + '-api'
        NUMBER = 1_000
        """);
    assertEquals("default", constant(files, "app.ops", "EITHER"));
    assertEquals("second", constant(files, "app.ops", "BOTH"));
    assertEquals(Boolean.FALSE, constant(files, "app.ops", "NEITHER"));
    assertEquals(Boolean.TRUE, constant(files, "app.ops", "SAME"));
    assertEquals(Boolean.TRUE, constant(files, "app.ops", "IS_NONE"));
    assertEquals(Boolean.FALSE, constant(files, "app.ops", "DIFFERENT"));
    assertEquals("app.drivers.vol", constant(files, "app.ops", "FORMATTED"));
    assertEquals("vol-api", constant(files, "app.ops", "JOINED"));
    assertEquals(1000L, constant(files, "app.ops", "NUMBER"));
  }

  @Test
  void membershipOfLiteralTuplesAndDicts() {
    Map<String, String> files = Map.of("app/modes.py", """
        WRITABLE = {'rw': True, 'ro': False}
        ACTION = 'attach'
        IN_TUPLE = ACTION in ('attach', 'reserve')
        NOT_IN_TUPLE = ACTION not in ('detach',)
        IN_DICT = 'ro' in WRITABLE
        NOT_IN_DICT = 'wo' in WRITABLE
        COMPUTED = ACTION in (prefix + 'x', 'attach')
        """);
    assertEquals(Boolean.TRUE, constant(files, "app.modes", "IN_TUPLE"));
    assertEquals(Boolean.TRUE, constant(files, "app.modes", "NOT_IN_TUPLE"));
    assertEquals(Boolean.TRUE, constant(files, "app.modes", "IN_DICT"));
    assertEquals(Boolean.FALSE, constant(files, "app.modes", "NOT_IN_DICT"));
    // A computed member could be anything: no answer rather than a wrong one.
    assertFalse(global(files, "app.modes", "COMPUTED").known());
  }

  @Test
  void subscriptsOfAModuleLevelDictOfConstants() {
    Map<String, String> files = Map.of("app/rpcs.py", """
        ACTION_RPCS = {'attach': 'attach_volume', 'detach': 'detach_volume'}
        LEVELS = ('1.0', '2.0')
        METHOD = ACTION_RPCS['attach']
        NEWEST = LEVELS[1]
        """);
    assertEquals("attach_volume", constant(files, "app.rpcs", "METHOD"));
    assertEquals("2.0", constant(files, "app.rpcs", "NEWEST"));
  }

  @Test
  void starImportSuppliesANameTheModuleUses() {
    Map<String, String> files = Map.of(
        "app/constants.py", "DEFAULT_MODE = 'rw'\nSYNCHRONOUS = ('attach',)\n",
        "app/actions.py", """
            from app.constants import *  # noqa

            MODE = DEFAULT_MODE
            WAITS = 'attach' in SYNCHRONOUS
            """);
    assertEquals("rw", constant(files, "app.actions", "MODE"));
    assertEquals(Boolean.TRUE, constant(files, "app.actions", "WAITS"));
  }

  @Test
  void undecidedConditionalIsTheUnionOfBothSides() {
    Value v = global(Map.of("app/pick.py", """
        class A:
            pass


        class B:
            pass


        CHOSEN = A() if unknown_flag else B()
        """), "app.pick", "CHOSEN");
    assertEquals(List.of("app.pick.A", "app.pick.B"),
        assertInstanceOf(Value.Union.class, v).options().stream().map(EvaluatorTest::className).toList());
  }

  @Test
  void canSendVersionIsTakenAsTrue() {
    Map<String, String> files = Map.of("app/rpcapi.py", """
        import oslo_messaging as messaging


        class SchedulerAPI:
            def __init__(self):
                self.client = messaging.RPCClient(None, messaging.Target(topic='scheduler'))

            def method(self):
                return 'retype_v2' if self.client.can_send_version('2.1') else 'retype'


        METHOD = SchedulerAPI().method()
        CAN = SchedulerAPI().client.can_send_version('2.1')
        """);
    assertEquals("retype_v2", constant(files, "app.rpcapi", "METHOD"));
    Value.Const can = assertInstanceOf(Value.Const.class, global(files, "app.rpcapi", "CAN"));
    assertEquals(new Value.Const(Boolean.TRUE, "RPC clients can send the newest version (no version pins)"), can);
  }

  @Test
  void conditionalDecidedByAGuessKeepsTheGuess() {
    Value v = global(Map.of("app/rpcapi.py", """
        import oslo_messaging as messaging

        CLIENT = messaging.RPCClient(None, messaging.Target(topic='scheduler'))
        METHOD = 'retype_v2' if CLIENT.can_send_version('2.1') else 'retype'
        """), "app.rpcapi", "METHOD");
    assertEquals(new Value.Const("retype_v2", "RPC clients can send the newest version (no version pins)"), v);
  }

  @Test
  void prepareGivesAnRpcClientWithItsServer() {
    Map<String, String> files = Map.of("app/rpcapi.py", """
        import oslo_messaging as messaging


        class VolumeAPI:
            def __init__(self):
                self.client = messaging.RPCClient(None, messaging.Target(topic='volume'))

            def _get_cctxt(self, host=None):
                return self.client.prepare(server=host, version='2.0')

            def to_all(self):
                return self.client.prepare(fanout=True)


        ONE = VolumeAPI()._get_cctxt('node1')
        ALL = VolumeAPI().to_all()
        """);
    Value.RpcClient one = assertInstanceOf(Value.RpcClient.class, global(files, "app.rpcapi", "ONE"));
    assertEquals("host", ExprText.of(one.server()));
    assertEquals(Optional.of(Value.Const.of("node1")), one.serverScope().lookup("host"));
    assertFalse(one.fanout());
    assertTrue(assertInstanceOf(Value.RpcClient.class, global(files, "app.rpcapi", "ALL")).fanout());
  }

  @Test
  void getattrWithAKnownNameIsTheAttribute() {
    Map<String, String> files = Map.of("app/g.py", """
        class Api:
            LIMIT = 5


        NAME = 'LIMIT'
        VALUE = getattr(Api, NAME)
        """);
    assertEquals(5L, constant(files, "app.g", "VALUE"));
  }

  @Test
  void functoolsPartialBindsTheFirstArguments() {
    Value v = global(Map.of("app/p.py", """
        import functools


        def rollback(context, instance, host):
            pass


        CALLBACK = functools.partial(rollback, 'ctx', 'inst')
        """), "app.p", "CALLBACK");
    Value.Partial partial = assertInstanceOf(Value.Partial.class, v);
    assertEquals("app.p.rollback", partial.fn().fn().qname());
    assertEquals(List.of(Value.Const.of("ctx"), Value.Const.of("inst")), partial.args());
  }

  @Test
  void optionsTakeTheCodesDefaultOrTheProfilesGuess(@TempDir Path dir) throws Exception {
    CodeIndex index = InlinePython.index(Map.of("app/conf.py", """
        from oslo_config import cfg

        CONF = cfg.CONF
        opts = [
            cfg.StrOpt('volume_driver', default='app.drivers.lvm.LVMDriver'),
            cfg.BoolOpt('use_cow', default=True),
        ]

        DRIVER = CONF.volume_driver
        COW = CONF.backend.use_cow
        """));
    Evaluator ev = new Evaluator(index, Profile.nova());
    assertEquals(new Value.Conf("volume_driver"), ev.global("app.conf", "DRIVER"));
    assertEquals(Value.Const.of("app.drivers.lvm.LVMDriver"), ev.concrete(ev.global("app.conf", "DRIVER")));
    assertEquals(new Value.Conf("backend.use_cow"), ev.global("app.conf", "COW"));

    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, """
        {"name": "app", "sourceRoot": "app", "optionDefaults": {"volume_driver": "app.drivers.nfs.NfsDriver"}}
        """);
    Evaluator guessing = new Evaluator(index, Profile.named(profile.toString()));
    assertEquals(new Value.Const("app.drivers.nfs.NfsDriver", "option volume_driver = app.drivers.nfs.NfsDriver (profile default)"),
        guessing.concrete(guessing.global("app.conf", "DRIVER")));
  }

  @Test
  void truthOfValues() {
    Evaluator ev = new Evaluator(InlinePython.index(Map.of("app/t.py", "class K:\n    pass\n")), Profile.nova());
    assertEquals(Optional.of(false), ev.truth(Value.Const.of(null)));
    assertEquals(Optional.of(false), ev.truth(Value.Const.of("")));
    assertEquals(Optional.of(true), ev.truth(Value.Const.of(3L)));
    assertEquals(Optional.of(false), ev.truth(Value.Const.of(0L)));
    assertEquals(Optional.of(true), ev.truth(new Value.ModuleRef("app.t")));
    assertEquals(Optional.of(true), ev.truth(ev.global("app.t", "K")));
    assertEquals(Optional.empty(), ev.truth(Value.UNKNOWN));
    assertEquals(Optional.empty(), ev.truth(new Value.External("x.y")));
  }
}
