package io.seqtrace.cli;

import io.seqtrace.trace.Detail;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.TraceResult;
import picocli.CommandLine.Option;

/** {@code --detail rpc|default|full}, one option shared by every command that draws or compares workflows. */
public class DetailOption {
  @Option(names = "--detail", defaultValue = "default", paramLabel = "LEVEL", converter = DetailConverter.class,
      description = "rpc, default or full: how much of each workflow to draw or compare (default: ${DEFAULT-VALUE}).")
  private Detail detail;

  /** The workflow at the chosen level. */
  TraceResult apply(TraceResult result, Profile profile) {
    return detail.apply(result, profile);
  }
}
