package io.seqtrace.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@link RepoOptions} plus the one ref a command reads; required, so usage lines show it without brackets. */
public final class RevisionOptions extends RepoOptions {
  @Option(names = "--ref", paramLabel = "REF", required = true, description = "Tag, branch or commit to read, such as 12.0.0.")
  private String ref;

  /** The ref; a blank one is as good as none. */
  String requireRef() {
    if (ref == null || ref.isBlank()) {
      throw new ParameterException(mixee.commandLine(), "Missing required option: '--ref=REF'");
    }
    return ref;
  }
}
