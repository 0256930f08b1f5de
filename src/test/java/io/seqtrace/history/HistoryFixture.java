package io.seqtrace.history;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A repository of four releases of mininova 2.0.0 in which one RPC of {@code pause} appears
 * (2.0.0, a cast), becomes a call (3.0.0) and disappears (4.0.0); {@code os-start} is in the API
 * only from 2.0.0 on, and {@code unpause} loses its thread at 3.0.0 (its handler calls through a
 * name the tracer cannot resolve). Tags 5.1.0 and 2025.1 are there to be left out by default.
 */
public final class HistoryFixture {
  private static final Path BASE = Path.of("fixtures/mininova/2.0.0");
  private static final String API = "nova/compute/api.py";
  private static final String RPCAPI = "nova/compute/rpcapi.py";
  private static final String MANAGER = "nova/compute/manager.py";

  private HistoryFixture() {}

  public static TestRepo build(Path gitDir) {
    TestRepos.Builder b = TestRepos.builder(gitDir).bare();
    try (Stream<Path> files = Files.walk(BASE)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        b.file(BASE.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
      String api = Files.readString(BASE.resolve(API));
      String rpcapi = Files.readString(BASE.resolve(RPCAPI));
      String manager = Files.readString(BASE.resolve(MANAGER));
      String pauseCall = "        self.compute_rpcapi.pause_instance(context, instance)\n";
      String withCheck = pauseCall + "        self.compute_rpcapi.check_pausable(context, instance)\n";
      String checkCast = """
              def check_pausable(self, ctxt, instance):
                  cctxt = self.router.client(ctxt).prepare(
                      server=_compute_host(None, instance), version='6.0')
                  cctxt.%s(ctxt, 'check_pausable', instance=instance)

          """;
      String anchor = "    def pause_instance(self, ctxt, instance):\n";
      String managerAnchor = "    def pause_instance(self, context, instance):\n";
      String checkDef = """
              def check_pausable(self, context, instance):
                  self.driver.get_info(instance)

          """;
      String servers = "nova/api/openstack/compute/servers.py";
      String serversText = Files.readString(BASE.resolve(servers));
      String pauseApi = "nova/api/openstack/compute/pause_server.py";
      String pauseText = Files.readString(BASE.resolve(pauseApi));

      // 1.0.0: no check_pausable yet, no os-start in the API.
      b.file(servers, replace(serversText, "    @wsgi.action('os-start')\n", "")).commit("version 1.0.0").tag("1.0.0");
      // 2.0.0: pause casts check_pausable; os-start joins the API.
      b.file(servers, serversText)
          .file(API, replace(api, pauseCall, withCheck))
          .file(RPCAPI, replace(rpcapi, anchor, checkCast.formatted("cast") + anchor))
          .file(MANAGER, replace(manager, managerAnchor, checkDef + managerAnchor))
          .commit("version 2.0.0").tag("2.0.0");
      // 3.0.0: the cast becomes a call; unpause's handler calls through a name the tracer cannot resolve.
      b.file(RPCAPI, replace(rpcapi, anchor, checkCast.formatted("call") + anchor))
          .file(pauseApi, replace(pauseText, "self.compute_api.unpause(", "self.lookup_api().unpause("))
          .commit("version 3.0.0").tag("3.0.0");
      // 4.0.0: check_pausable is gone again.
      b.file(API, api).file(RPCAPI, rpcapi).file(MANAGER, manager).file(pauseApi, pauseText)
          .commit("version 4.0.0").tag("4.0.0");
      b.commit("not a major release").tag("5.1.0").lightweightTag("2025.1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  private static String replace(String text, String old, String now) {
    if (!text.contains(old)) {
      throw new IllegalStateException("fixture text not found: " + old);
    }
    return text.replace(old, now);
  }
}
