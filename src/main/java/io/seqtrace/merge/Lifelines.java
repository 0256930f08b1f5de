package io.seqtrace.merge;

import java.util.Locale;

/**
 * Participant names compared loosely: {@code nova_compute_src}, {@code nova_compute_dest},
 * {@code nova_compute} and a hand-written {@code compute} are one lifeline, as are {@code
 * libvirt_src} and {@code libvirt}, and {@code db} is {@code database}. No project is named:
 * a service's project prefix is whatever single word comes before its first underscore.
 */
final class Lifelines {
  private Lifelines() {}

  /** {@code nova_compute_src} gives {@code nova_compute}, {@code db} gives {@code database}. */
  static String normalise(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    n = n.replaceFirst("_(src|dest|source|destination)$", "");
    return n.equals("db") ? "database" : n;
  }

  /** True when both name one lifeline, one of them possibly without its project prefix. */
  static boolean same(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    return x.equals(y) || withoutPrefix(x).equals(y) || x.equals(withoutPrefix(y));
  }

  /** {@code nova_compute} gives {@code compute}; a name without an underscore is its own. */
  private static String withoutPrefix(String n) {
    int underscore = n.indexOf('_');
    return underscore > 0 ? n.substring(underscore + 1) : n;
  }
}
