package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.model.Module;
import io.seqtrace.project.PythonPaths;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Operation discovery on small APIs written inline: one operation per name across API versions,
 * the newest version's handler, and {@code @wsgi.extends} extenders left out.
 */
class OperationCatalogTest {

  /** Parses {@code files} (path to source) as project {@code app}, whose API is {@code app.api}. */
  private static OperationCatalog catalog(Map<String, String> files) {
    PythonSourceParser parser = new PythonSourceParser();
    List<Module> modules = new ArrayList<>();
    new TreeMap<>(files).forEach((path, source) ->
        modules.add(parser.parse(path, PythonPaths.moduleName(path), source).module()));
    return new OperationCatalog(new CodeIndex(modules), Profile.forProject("app"));
  }

  /** One line per operation: name, kind and the handler's file and local name. */
  private static String listing(OperationCatalog catalog) {
    return catalog.operations().stream()
        .map(op -> op.name() + " " + op.kind() + " " + op.entry().path() + " " + op.entry().localName())
        .collect(Collectors.joining("\n"));
  }

  private static final String VOLUMES_V1 = """
      from app.api.openstack import wsgi


      class VolumeController(wsgi.Controller):
          def show(self, req, id):
              pass

          def create(self, req, body):
              pass

          def delete(self, req, id):
              pass

          @wsgi.action('os-extend')
          def _extend(self, req, id, body):
              pass
      """;

  @Test
  void eachOperationIsListedOnceFromTheNewestVersionPackage() {
    String v3 = """
        from app.api.v2 import volumes as volumes_v2


        class VolumeController(volumes_v2.VolumeController):
            def create(self, req, body):
                pass
        """;
    String contrib = """
        from app.api.openstack import wsgi


        class BackupsController(wsgi.Controller):
            def create(self, req, body):
                pass
        """;
    // Read in the order a plain string sort gives (contrib, v1, v2, v3): v1 would win.
    OperationCatalog catalog = catalog(Map.of(
        "app/api/contrib/backups.py", contrib,
        "app/api/v1/volumes.py", VOLUMES_V1,
        // v2 renamed the action's method (Manila's extend_legacy): still the same operation.
        "app/api/v2/volumes.py", VOLUMES_V1.replace("def _extend(", "def _extend_legacy("),
        "app/api/v3/volumes.py", v3));
    assertEquals("""
        backups.create crud app/api/contrib/backups.py BackupsController.create
        os-extend action app/api/v2/volumes.py VolumeController._extend_legacy
        volume.create crud app/api/v3/volumes.py VolumeController.create
        volume.delete crud app/api/v2/volumes.py VolumeController.delete
        volume.show crud app/api/v2/volumes.py VolumeController.show""", listing(catalog));
  }

  @Test
  void extendersAreNotOperationsButActionsAndTheirOwnControllersHandlersAre() {
    String extended = """
        from app.api.openstack import wsgi


        class ExtendedStatusController(wsgi.Controller):
            @wsgi.extends
            def show(self, req, resp_obj, id):
                resp_obj.obj['status'] = 'x'

            @wsgi.extends(action='create')
            def create(self, req, body):
                if body:
                    resp_obj = yield
                    resp_obj.obj['hint'] = 'y'


        class SchedulerHintsController(wsgi.Controller):
            @wsgi.extends
            @wsgi.action('os-hint')
            def _hint(self, req, resp_obj, id, body):
                pass
        """;
    // Cinder 28.0.0's VolumeMetadataController.index kept the decorator but is the handler.
    String metadata = """
        from app.api.openstack import wsgi


        class VolumeMetadataController(wsgi.Controller):
            @wsgi.extends
            def index(self, req, volume_id):
                return {}
        """;
    OperationCatalog catalog = catalog(Map.of(
        "app/api/contrib/extended_status.py", extended,
        "app/api/v2/volume_metadata.py", metadata));
    assertEquals("""
        os-hint action app/api/contrib/extended_status.py SchedulerHintsController._hint
        volume_metadata.index crud app/api/v2/volume_metadata.py VolumeMetadataController.index""",
        listing(catalog));
  }

  @Test
  void routeFunctionsComeFromTheNewestVersionToo() {
    String route = """
        from app.utils import api as u

        rest = u.Rest('v1', __name__)


        @rest.post('/clusters')
        def clusters_create(data):
            pass
        """;
    // Sahara's v10 and v11 modules are API 1.0 and 1.1, older than its v2 package.
    OperationCatalog catalog = catalog(Map.of(
        "app/api/v10.py", route,
        "app/api/v11.py", route,
        "app/api/v2/clusters.py", route));
    assertEquals("clusters_create route app/api/v2/clusters.py clusters_create", listing(catalog));
  }

  @Test
  void versionSegmentsSortNewestFirstWhereVSortsAndOtherNamesKeepTheirPlace() {
    List<String> names = new ArrayList<>(List.of("a.v1.x", "a.vz.x", "a.v2_1.x", "a.views.x", "a.v3.x",
        "a.contrib.x", "a.v.x", "a.v2.x", "a.v11.x", "a.v2.b.y", "a.v2.a.y"));
    names.sort(OperationCatalog.ApiVersions.NEWEST_FIRST);
    assertEquals(List.of("a.contrib.x", "a.v.x", "a.v3.x", "a.v2_1.x", "a.v2.a.y", "a.v2.b.y", "a.v2.x",
        "a.v11.x", "a.v1.x", "a.views.x", "a.vz.x"), names);
  }
}
