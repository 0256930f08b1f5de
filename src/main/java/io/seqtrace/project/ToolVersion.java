package io.seqtrace.project;

/** seqtrace's version as the jar manifest gives it, or {@code dev} when run from classes. */
public final class ToolVersion {
  private ToolVersion() {}

  /** {@code Implementation-Version} of the jar, {@code dev} when there is none. */
  public static String get() {
    String version = ToolVersion.class.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? "dev" : version;
  }
}
