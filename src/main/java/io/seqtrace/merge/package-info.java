/**
 * Merges a derived sequence diagram into a hand-written one. {@link io.seqtrace.merge.Merger} is the
 * entry point; {@link io.seqtrace.merge.CodeFacts} is what it asks about the code. Everything
 * hand-written is kept as written; derived steps are added, unsupported messages marked stale.
 */
package io.seqtrace.merge;
