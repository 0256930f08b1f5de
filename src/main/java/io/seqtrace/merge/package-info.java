/**
 * Merges a derived sequence diagram into a hand-written one. {@link io.seqtrace.merge.Merger} is the
 * entry point; {@link io.seqtrace.merge.StaleLines} is the staleness check it asks which lines to
 * mark. Everything hand-written is kept as written; derived steps are added where they split no
 * request from its reply, unless the script states them already.
 */
package io.seqtrace.merge;
