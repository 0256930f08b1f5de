/**
 * Regenerates hand-written WSD scripts against the code: {@link io.seqtrace.regen.ScriptMatcher}
 * finds each script's operation, {@link io.seqtrace.regen.RegenJob} derives, merges, writes and
 * renders, and reports per script. No command-line types here; a command copies its options into a
 * {@code RegenJob}.
 */
package io.seqtrace.regen;
