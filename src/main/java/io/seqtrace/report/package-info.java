/**
 * A static HTML site over the derived workflows of one revision: an index of operations and one
 * page per operation with its diagram, steps linked to the source, guesses and, optionally, a
 * comparison with an earlier revision and findings about hand-written scripts.
 *
 * <p>No picocli here: {@code cli.ReportCommand} copies its options into {@link ReportConfig} and
 * calls {@link ReportBuilder}. The diff and check stages plug in through {@link DiffView} and
 * {@link FindingSource}.
 */
package io.seqtrace.report;
