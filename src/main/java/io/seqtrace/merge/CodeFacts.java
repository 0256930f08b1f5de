package io.seqtrace.merge;

/**
 * Simple questions about the code at the analysed ref. The merge no longer asks them (stale lines
 * come from {@link StaleLines}); kept for callers that build a {@code RegenJob} the old way.
 */
public interface CodeFacts {
  /** True when some function or method named {@code simpleName} (no module, no class) exists. */
  boolean functionExists(String simpleName);

  /** True when the repository-relative file {@code path} exists. */
  boolean pathExists(String path);

  /** Facts that know nothing is missing: nothing is ever marked stale for want of a function. */
  static CodeFacts everythingExists() {
    return new CodeFacts() {
      @Override
      public boolean functionExists(String simpleName) {
        return true;
      }

      @Override
      public boolean pathExists(String path) {
        return true;
      }
    };
  }
}
