/**
 * Reads source files of a revision straight from a git object database; the only package that
 * uses JGit, and none of its types appear in the public API ({@link io.seqtrace.source.GitSource},
 * {@link io.seqtrace.source.Revision}, {@link io.seqtrace.source.SourceFile},
 * {@link io.seqtrace.source.ProgressSink}).
 */
package io.seqtrace.source;
