package io.seqtrace.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PythonPathsTest {
  @Test
  void modulesAreNamedAfterTheirPath() {
    assertEquals("nova.compute.api", PythonPaths.moduleName("nova/compute/api.py"));
    assertEquals("nova", PythonPaths.moduleName("nova/__init__.py"));
    assertEquals("nova.compute", PythonPaths.moduleName("nova/compute/__init__.py"));
    assertEquals("setup", PythonPaths.moduleName("setup.py"));
    assertEquals("", PythonPaths.moduleName("__init__.py"));
  }

  @Test
  void onlyATestsDirectoryMakesATest() {
    assertFalse(PythonPaths.isModule("nova/tests/test_api.py", false));
    assertFalse(PythonPaths.isModule("tests/test_api.py", false));
    assertFalse(PythonPaths.isModule("nova/virt/tests/unit/x.py", false));
    assertTrue(PythonPaths.isModule("nova/virt/tests.py", false));
    assertTrue(PythonPaths.isModule("nova/testsuite/x.py", false));
    assertTrue(PythonPaths.isModule("nova/unit_tests/x.py", false));
    assertTrue(PythonPaths.isModule("nova/tests/test_api.py", true));
    assertFalse(PythonPaths.isModule("nova/api.pyc", true));
  }
}
