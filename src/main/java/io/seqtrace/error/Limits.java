package io.seqtrace.error;

/**
 * The resource limits that keep hostile or accidental input from exhausting time, memory or stack,
 * each overridable by a system property (for {@code bin/seqtrace}, through
 * {@code SEQTRACE_JAVA_OPTS=-Dseqtrace.maxFileBytes=...}).
 */
public final class Limits {
  /** Property naming the largest Python file parsed, in bytes. */
  public static final String MAX_FILE_BYTES = "seqtrace.maxFileBytes";
  /** Property naming the deepest bracket nesting parsed (CPython's own limit is 200). */
  public static final String MAX_NESTING = "seqtrace.maxNesting";
  /** Property naming the most elements (messages, notes, ...) a diagram may have to be rendered. */
  public static final String MAX_RENDER_ELEMENTS = "seqtrace.maxRenderElements";
  /** Property naming the most participants a diagram may have to be rendered. */
  public static final String MAX_RENDER_PARTICIPANTS = "seqtrace.maxRenderParticipants";

  /** Property naming how many seconds a clone waits for the server to connect or answer. */
  public static final String NETWORK_TIMEOUT = "seqtrace.networkTimeout";

  /** Nova's largest file is about 400 kB; 2 MiB leaves room while bounding parser memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;
  public static final int DEFAULT_MAX_NESTING = 200;
  /** Nova's longest hand-drawn diagram has under 200 elements; PlantUML slows down badly far beyond this. */
  public static final int DEFAULT_MAX_RENDER_ELEMENTS = 5_000;
  /** Nova diagrams have under 15; PlantUML took 2 s for 500 and 22 s for 2,000 (layout grows quadratically). */
  public static final int DEFAULT_MAX_RENDER_PARTICIPANTS = 500;
  /** Long enough for a busy server, short enough that a silent one is noticed: git's own low-speed limits are of this order. */
  public static final int DEFAULT_NETWORK_TIMEOUT_SECONDS = 60;

  private Limits() {}

  public static long maxFileBytes() {
    return positive(MAX_FILE_BYTES, DEFAULT_MAX_FILE_BYTES);
  }

  public static int maxNesting() {
    return (int) Math.min(Integer.MAX_VALUE, positive(MAX_NESTING, DEFAULT_MAX_NESTING));
  }

  public static int maxRenderElements() {
    return (int) Math.min(Integer.MAX_VALUE, positive(MAX_RENDER_ELEMENTS, DEFAULT_MAX_RENDER_ELEMENTS));
  }

  public static int maxRenderParticipants() {
    return (int) Math.min(Integer.MAX_VALUE, positive(MAX_RENDER_PARTICIPANTS, DEFAULT_MAX_RENDER_PARTICIPANTS));
  }

  /** Seconds a clone waits to connect, and then for each answer, before it fails. */
  public static int networkTimeoutSeconds() {
    return (int) Math.min(Integer.MAX_VALUE / 1000, positive(NETWORK_TIMEOUT, DEFAULT_NETWORK_TIMEOUT_SECONDS));
  }

  /** The property as a positive number; a malformed value is a usage error, not silently the default. */
  private static long positive(String property, long fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.strip());
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException("-D" + property + " must be a positive whole number, not '" + value + "'");
  }
}
