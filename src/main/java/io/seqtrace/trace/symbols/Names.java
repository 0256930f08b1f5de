package io.seqtrace.trace.symbols;

/** Helpers for dotted Python names. */
public final class Names {
  private Names() {}

  /** True when {@code module} is {@code pkg} or inside it. */
  public static boolean inPackage(String module, String pkg) {
    return module.equals(pkg) || module.startsWith(pkg + ".");
  }

  /** {@code a.b.c} → {@code a.b}; a name without a dot → empty string. */
  public static String parent(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? "" : dotted.substring(0, dot);
  }

  /** {@code a.b.c} → {@code c}. */
  public static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  /** {@code nova/compute/api.py} → {@code nova.compute.api}; {@code nova/compute/__init__.py} → {@code nova.compute}. */
  public static String moduleName(String path) {
    String p = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
    if (p.endsWith("/__init__")) {
      p = p.substring(0, p.length() - "/__init__".length());
    }
    return p.replace('/', '.');
  }
}
