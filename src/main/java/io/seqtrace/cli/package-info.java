/**
 * The {@code seqtrace} command line: {@link io.seqtrace.cli.Main} wires the picocli commands and
 * maps every outcome to an exit code; each command copies its options into the engine's
 * configuration, calls the engine and prints the result. No other package uses picocli.
 */
package io.seqtrace.cli;
