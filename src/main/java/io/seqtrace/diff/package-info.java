/**
 * Compares the derived workflows of two releases: {@link io.seqtrace.diff.WorkflowDiff} aligns the
 * steps of each operation and reports what was added, removed or changed;
 * {@link io.seqtrace.diff.DiffDiagram} draws the union. No command-line types here.
 */
package io.seqtrace.diff;
