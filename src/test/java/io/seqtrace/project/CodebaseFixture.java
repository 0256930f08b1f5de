package io.seqtrace.project;

import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import java.nio.file.Path;
import java.util.Map;

/** A small Nova-like repository with two tags; 2.0.0 adds a syntax error, a Latin-1 file and a binary file. */
public final class CodebaseFixture {
  public static final String API = """
      class API(object):
          def pause(self, context, instance):
              self.compute_rpcapi.pause_instance(context, instance)
      """;

  private CodebaseFixture() {}

  public static TestRepo build(Path dir) {
    return TestRepos.builder(dir)
        .commit("first", Map.of(
            "nova/__init__.py", "",
            "nova/compute/__init__.py", "",
            "nova/compute/api.py", API,
            "nova/tests/__init__.py", "",
            "nova/tests/test_api.py", "def test_pause():\n    assert True\n",
            "nova/virt/tests.py", "x = 1\n",
            "nova/README.txt", "not python\n",
            "setup.py", "import setuptools\n"))
        .tag("1.0.0")
        .file("nova/bad.py", "x = 1\ny = 2 $ 3\n")
        .file("nova/latin1.py", new byte[] {'x', ' ', '=', ' ', '\'', (byte) 0xe9, '\'', '\n'})
        .file("nova/binary.py", new byte[] {'x', 0, 1, 2})
        .commit("second")
        .tag("2.0.0")
        .build();
  }
}
