/**
 * Checks hand-written WSD scripts against the code at a release: {@link io.seqtrace.check.ScriptChecker}
 * reports anchors, RPC names, participants and hops that drifted, each at a script line. No
 * command-line types here.
 */
package io.seqtrace.check;
