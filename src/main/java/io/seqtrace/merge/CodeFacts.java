package io.seqtrace.merge;

/** What the merge may ask about the code at the analysed ref, so a test can fake it. */
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
