package io.seqtrace.testing;

import io.seqtrace.model.Module;
import io.seqtrace.project.PythonPaths;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.trace.symbols.CodeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small Python programs written inline in a test (path to source, module names from the paths),
 * parsed and indexed as the tracer sees a code base.
 */
public final class InlinePython {
  private InlinePython() {}

  /** Parses every file (in path order) and indexes the modules; a syntax error fails the test. */
  public static CodeIndex index(Map<String, String> files) {
    return new CodeIndex(modules(files));
  }

  /** Parses every file (in path order); a syntax error fails the test. */
  public static List<Module> modules(Map<String, String> files) {
    PythonSourceParser parser = new PythonSourceParser();
    List<Module> modules = new ArrayList<>();
    new TreeMap<>(files).forEach((path, source) -> {
      var result = parser.parse(path, PythonPaths.moduleName(path), source);
      if (!result.errors().isEmpty()) {
        throw new AssertionError(path + ": " + result.errors());
      }
      modules.add(result.module());
    });
    return modules;
  }
}
