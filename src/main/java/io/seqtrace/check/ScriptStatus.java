package io.seqtrace.check;

import java.util.Locale;

/** The verdict on one script. */
public enum ScriptStatus {
  /** Matches the code: no finding makes it stale. */
  FRESH,
  /** At least one finding says the code moved on. */
  STALE,
  /** No operation of the traced project matches the script, so nothing was checked. */
  UNKNOWN,
  /** The script could not be read (malformed, missing, a dangling link); the others are still checked. */
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
