package io.seqtrace.merge;

import java.util.Locale;
import java.util.Set;

/**
 * Participant names compared loosely: {@code nova_compute_src}, {@code nova_compute_dest} and
 * {@code nova_compute} are one service, as are {@code libvirt_src} and {@code libvirt}.
 */
final class Lifelines {
  /** Nova's own services, normalised; RPC between them is what the tracer derives. */
  private static final Set<String> SERVICES = Set.of("api", "conductor", "scheduler", "compute", "compute_api", "cells");

  private Lifelines() {}

  /** {@code nova_compute_src} gives {@code compute}, {@code db} gives {@code database}. */
  static String normalise(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    n = n.replaceFirst("_(src|dest|source|destination)$", "");
    n = n.replaceFirst("^nova_", "");
    return n.equals("db") ? "database" : n;
  }

  static boolean isService(String name) {
    return SERVICES.contains(normalise(name));
  }

  static boolean isHypervisor(String name) {
    return normalise(name).equals("libvirt");
  }

  static boolean isDatabase(String name) {
    return normalise(name).equals("database");
  }
}
