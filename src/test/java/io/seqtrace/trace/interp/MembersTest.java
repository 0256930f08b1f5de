package io.seqtrace.trace.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.seqtrace.testing.InlinePython;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.symbols.CodeIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Globals and members: names through imports and re-exports, class and instance attributes along
 * the MRO, {@code self.x} set in {@code __init__}, properties, {@code __getattr__} and
 * configuration objects.
 */
class MembersTest {

  private static Evaluator evaluator(Map<String, String> files) {
    return new Evaluator(InlinePython.index(files), Profile.nova());
  }

  private static String className(Value v) {
    return assertInstanceOf(Value.Instance.class, v).cls().qname();
  }

  private static Value.Instance instance(Evaluator ev, String qname) {
    return new Value.Instance(ev.index().cls(qname).orElseThrow(), "");
  }

  @Test
  void globalsFollowImportsAndReExports() {
    Evaluator ev = evaluator(Map.of(
        "app/__init__.py", "",
        "app/volume/__init__.py", "from app.volume.api import API  # noqa\n",
        "app/volume/api.py", "class API:\n    pass\n\n\nLIMIT = 10\n",
        "app/user.py", """
            import app.volume
            from app import volume
            from app.volume import api as volume_api
            from app.volume.api import LIMIT as MAXIMUM
            """));
    assertEquals(new Value.ModuleRef("app"), ev.global("app.user", "app"));
    assertEquals(new Value.ModuleRef("app.volume"), ev.global("app.user", "volume"));
    assertEquals(new Value.ModuleRef("app.volume.api"), ev.global("app.user", "volume_api"));
    assertEquals(Value.Const.of(10L), ev.global("app.user", "MAXIMUM"));
    // The package re-exports the class: app.volume.API is app.volume.api.API.
    assertEquals("app.volume.api.API", assertInstanceOf(Value.ClassRef.class, ev.dotted("app.volume.API")).cls().qname());
    // Names outside the project are kept by name.
    assertEquals(new Value.External("oslo_utils.importutils"),
        evaluator(Map.of("app/x.py", "from oslo_utils import importutils\n")).global("app.x", "importutils"));
  }

  @Test
  void globalsAssignedInACycleAreUnknown() {
    Evaluator ev = evaluator(Map.of("app/cycle.py", "A = B\nB = A\n"));
    assertFalse(ev.global("app.cycle", "A").known());
  }

  @Test
  void mroIsDepthFirstLeftToRightEachClassOnce() {
    Evaluator ev = evaluator(Map.of("app/k.py", """
        class Base:
            pass


        class Left(Base):
            pass


        class Right(Base):
            pass


        class Child(Left, Right):
            pass
        """));
    assertEquals(List.of("Child", "Left", "Base", "Right"),
        ev.mro(ev.index().cls("app.k.Child").orElseThrow()).stream().map(CodeIndex.ClassInfo::name).toList());
  }

  @Test
  void classAndInstanceAttributesAlongTheMro() {
    Evaluator ev = evaluator(Map.of("app/k.py", """
        class Driver:
            pass


        class Base:
            TOPIC = 'volume'

            def run(self):
                pass


        class Child(Base):
            def __init__(self, driver=None):
                self.driver = None
                self.name = 'child'
                if driver is None:
                    self.driver = Driver()
        """));
    Value.Instance child = instance(ev, "app.k.Child");
    assertEquals(Value.Const.of("volume"), ev.member(child, "TOPIC"));
    assertEquals(Value.Const.of("volume"), ev.member(new Value.ClassRef(child.cls(), ""), "TOPIC"));
    assertEquals(Value.Const.of("child"), ev.member(child, "name"));
    Value.Function run = assertInstanceOf(Value.Function.class, ev.member(child, "run"));
    assertEquals("app.k.Base.run", run.fn().qname());
    assertEquals(child, run.self());
    // self.driver = None first, the real object later: None is not the answer.
    assertEquals("app.k.Driver", className(ev.member(child, "driver")));
    assertEquals("app.k.Base.run", ev.method(child.cls(), "run").orElseThrow().qname());
  }

  @Test
  void propertiesAnswerWithWhatTheyReturn() {
    Evaluator ev = evaluator(Map.of("app/k.py", """
        class Client:
            pass


        class Api:
            @property
            def client(self):
                return Client()
        """));
    assertEquals("app.k.Client", className(ev.member(instance(ev, "app.k.Api"), "client")));
  }

  @Test
  void getattrOfAProxyAnswersForAttributesItLacks() {
    Evaluator ev = evaluator(Map.of("app/k.py", """
        from oslo_config import cfg

        CONF = cfg.CONF


        class Configuration:
            def __init__(self, group):
                self.group = group

            def __getattr__(self, value):
                return getattr(CONF, value)
        """));
    Value.Instance conf = instance(ev, "app.k.Configuration");
    assertEquals(new Value.Conf("volume_driver"), ev.member(conf, "volume_driver"));
    // Dunder names are never forwarded.
    assertFalse(ev.member(conf, "__deepcopy__").known());
  }

  @Test
  void configurationClassesOfTheProfileHaveEveryAttributeAsAnOption(@TempDir Path dir) throws Exception {
    Path profile = dir.resolve("profile.json");
    java.nio.file.Files.writeString(profile, """
        {"name": "app", "sourceRoot": "app", "configurationClasses": ["app.k.Configuration"]}
        """);
    Evaluator ev = new Evaluator(InlinePython.index(Map.of("app/k.py", """
        class Configuration:
            def __init__(self, opts):
                self.opts = opts
        """)), Profile.named(profile.toString()));
    Value.Instance conf = instance(ev, "app.k.Configuration");
    assertEquals(new Value.Conf("volume_backend_name"), ev.member(conf, "volume_backend_name"));
    assertEquals(Value.UNKNOWN, ev.member(conf, "opts"));
  }
}
