package io.seqtrace.check;

import java.util.Locale;

/** What a check finding is about, and whether it makes a script stale. */
public enum FindingKind {
  /** A source anchor names a file the release no longer has. */
  ANCHOR_MISSING_FILE(true),
  /** A source anchor names a function its file no longer has. */
  ANCHOR_MISSING_FUNCTION(true),
  /** A source anchor that fails at the baseline too: an authoring error, not drift. */
  ANCHOR_INVALID(false),
  /** A message between Nova services names an RPC method the release no longer has. */
  RPC_MISSING(true),
  /** A message between Nova services names an RPC whose derived kind (cast or call) differs. */
  RPC_KIND_CHANGED(true),
  /** A Nova or libvirt participant of the script no longer takes part in the derived workflow. */
  PARTICIPANT_GONE(true),
  /** A derived cast or call between Nova services that the script does not show. */
  HOP_MISSING(true);

  private final boolean stale;

  FindingKind(boolean stale) {
    this.stale = stale;
  }

  /** True when a finding of this kind means the script no longer matches the code. */
  public boolean makesStale() {
    return stale;
  }

  /** The name used in text and JSON output: {@code anchor-missing-file}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
