package io.seqtrace.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One Python source file: its repository path, dotted module name and top-level statements.
 *
 * @param path repository-relative path ({@code nova/compute/api.py})
 * @param name dotted module name ({@code nova.compute.api}; a package's {@code __init__.py} is
 *     named after the package)
 * @param lines number of physical lines
 * @param body top-level statements in source order
 * @see <a href="https://docs.python.org/3/reference/toplevel_components.html">Top-level components</a>
 */
public record Module(String path, String name, int lines, List<Stmt> body) implements Serializable {
  public Module {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    body = List.copyOf(body);
  }

  public static Module empty(String path, String name, int lines) {
    return new Module(path, name, lines, List.of());
  }

  /** True for a package's {@code __init__.py}. */
  public boolean isPackage() {
    return path.endsWith("/__init__.py") || path.equals("__init__.py");
  }
}
