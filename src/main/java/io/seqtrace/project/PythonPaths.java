package io.seqtrace.project;

/** Which repository paths are Python modules, and the dotted names Python imports them by. */
public final class PythonPaths {
  private PythonPaths() {}

  /** True for a {@code .py} file, and, unless {@code includeTests}, not inside a {@code tests} directory. */
  public static boolean isModule(String path, boolean includeTests) {
    return path.endsWith(".py") && (includeTests || !inTestsDirectory(path));
  }

  /** True when a directory component (not the file name) is exactly {@code tests}. */
  static boolean inTestsDirectory(String path) {
    // Only directories count: nova/tests/x.py is a test, nova/virt/tests.py is not a directory.
    return path.startsWith("tests/") || path.contains("/tests/");
  }

  /**
   * {@code nova/compute/api.py} is {@code nova.compute.api}; a package's {@code __init__.py} is
   * named after its directory, {@code nova/compute/__init__.py} is {@code nova.compute}.
   */
  public static String moduleName(String path) {
    String name = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
    if (name.equals("__init__")) {
      return "";
    }
    if (name.endsWith("/__init__")) {
      name = name.substring(0, name.length() - "/__init__".length());
    }
    return name.replace('/', '.');
  }
}
