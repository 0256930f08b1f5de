package io.seqtrace.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.testing.InlinePython;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a function an anchor names lives now (Sahara's corpus script names three that moved). */
class NewHomeTest {

  private static final CodeIndex SAHARA = InlinePython.index(Map.of(
      "sahara/service/api.py", "def create_cluster(values):\n    pass\n",
      "sahara/plugins/cdh/client/clusters.py", "def create_cluster(resource, name):\n    pass\n",
      "sahara/service/direct_engine.py", "class DirectEngine:\n    def create_cluster(self, cluster):\n        pass\n"));

  private static Optional<String> home(String path, String function) {
    return NewHome.of(new SourceAnchor(path, 1, function), SAHARA);
  }

  @Test
  void aModuleFunctionInTheFileSharingTheLongestPrefix() {
    assertEquals(Optional.of("sahara/service/api.py create_cluster()"),
        home("sahara/service/api/v2/clusters.py", "create_cluster"));
  }

  @Test
  void aMethodWhoseDirectoryAndFileAreTheScriptsOnlyAPrefixDiffers() {
    // The script wrote sahara/sahara/...: the method of service/direct_engine.py is meant.
    assertEquals(Optional.of("sahara/service/direct_engine.py DirectEngine.create_cluster()"),
        home("sahara/sahara/service/direct_engine.py", "create_cluster"));
  }

  @Test
  void nothingForAFunctionNoFileHas() {
    assertEquals(Optional.empty(), home("sahara/service/opts.py", "provision_cluster"));
  }
}
