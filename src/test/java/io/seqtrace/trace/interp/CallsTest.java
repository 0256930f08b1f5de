package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls and return values: constructors remember their arguments, answers that depend on the
 * arguments are never memoised across calls, and the profile's factories and assumed results are
 * used only where the code leaves the answer open, as guesses.
 */
class CallsTest {

  private static Evaluator evaluator(Map<String, String> files, Profile profile) {
    return new Evaluator(InlinePython.index(files), profile);
  }

  private static Value global(Evaluator ev, String name) {
    return ev.global("app.m", name);
  }

  @Test
  void anInstanceRemembersItsConstructorArguments() {
    Evaluator ev = evaluator(Map.of("app/m.py", """
        class Driver:
            pass


        class Task:
            def __init__(self, driver, name='task'):
                self.driver = driver
                self.name = name


        TASK = Task(Driver(), name='create')
        """), Profile.nova());
    Value.Instance task = assertInstanceOf(Value.Instance.class, global(ev, "TASK"));
    assertEquals("app.m.Driver", assertInstanceOf(Value.Instance.class, ev.member(task, "driver")).cls().qname());
    assertEquals(Value.Const.of("create"), ev.member(task, "name"));
  }

  @Test
  void answersThatCarryTheCallersArgumentsAreNotShared() {
    Evaluator ev = evaluator(Map.of("app/m.py", """
        import oslo_messaging as messaging

        CLIENT = messaging.RPCClient(None, messaging.Target(topic='volume'))


        def cctxt(host):
            return CLIENT.prepare(server=host)


        FIRST = cctxt('node1')
        SECOND = cctxt('node2')
        """), Profile.nova());
    Value.RpcClient first = assertInstanceOf(Value.RpcClient.class, global(ev, "FIRST"));
    Value.RpcClient second = assertInstanceOf(Value.RpcClient.class, global(ev, "SECOND"));
    assertEquals(Optional.of(Value.Const.of("node1")), first.serverScope().lookup("host"));
    assertEquals(Optional.of(Value.Const.of("node2")), second.serverScope().lookup("host"));
  }

  @Test
  void returnValuesThroughBranchesTriesAndWithBlocks() {
    Evaluator ev = evaluator(Map.of("app/m.py", """
        class Api:
            pass


        def bare():
            return


        def lazy(cache):
            try:
                return cache['api']
            except KeyError:
                return Api()


        def guarded(lock):
            with lock:
                return Api()


        def decided():
            if False:
                return 'never'
            return 'always'


        BARE = bare()
        LAZY = lazy({})
        GUARDED = guarded(None)
        DECIDED = decided()
        RECURSIVE = recursive()


        def recursive():
            return recursive()
        """), Profile.nova());
    assertEquals(Value.Const.of(null), global(ev, "BARE"));
    assertEquals("app.m.Api", assertInstanceOf(Value.Instance.class, global(ev, "LAZY")).cls().qname());
    assertEquals("app.m.Api", assertInstanceOf(Value.Instance.class, global(ev, "GUARDED")).cls().qname());
    assertEquals(Value.Const.of("always"), global(ev, "DECIDED"));
    assertFalse(global(ev, "RECURSIVE").known());
  }

  @Test
  void profileFactoriesAndAssumedResultsAreGuessesWhereTheCodeIsOpen(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("profile.json");
    Files.writeString(profile, """
        {"name": "app", "sourceRoot": "app",
         "factories": {"app.m.load_driver": "app.m.LvmDriver", "app.m.make_api": "app.m.Other"},
         "assumedResults": {"app.m.newest_version": true}}
        """);
    Evaluator ev = evaluator(Map.of("app/m.py", """
        class LvmDriver:
            pass


        class Api:
            pass


        class Other:
            pass


        def load_driver(name):
            return registry[name]()


        def make_api():
            return Api()


        def newest_version(req):
            return req.version >= '2.1'


        DRIVER = load_driver(conf_name)
        API = make_api()
        NEWEST = newest_version(request)
        """), Profile.named(profile.toString()));
    assertEquals(new Value.Instance(ev.index().cls("app.m.LvmDriver").orElseThrow(),
        "app.m.load_driver() returns app.m.LvmDriver (profile default)"), global(ev, "DRIVER"));
    // The code says what make_api returns: the profile's factory is not used.
    assertEquals("app.m.Api", assertInstanceOf(Value.Instance.class, global(ev, "API")).cls().qname());
    assertEquals(new Value.Const(Boolean.TRUE, "app.m.newest_version() = true (profile default)"), global(ev, "NEWEST"));
  }
}
