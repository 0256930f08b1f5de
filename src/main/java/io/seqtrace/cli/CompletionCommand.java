package io.seqtrace.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seqtrace completion bash|zsh}: prints a shell completion script for seqtrace's commands, options and operations. */
@Command(
    name = "completion",
    description = {
        "Print a completion script for bash or zsh: commands, options, and after --op the operations "
            + "(the well-known aliases, or with --ref every operation of the repository at that ref).",
        "Install: seqtrace completion bash > ~/.local/share/bash-completion/completions/seqtrace",
        "     or: echo 'source <(seqtrace completion zsh)' >> ~/.zshrc"})
final class CompletionCommand extends SeqtraceCommand {
  enum Shell { bash, zsh }

  @Mixin private RepoOptions repo;

  @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell.")
  private Shell shell;

  @Option(names = "--ref", paramLabel = "REF",
      description = "Also offer every operation of the repository at this ref after --op (read from the cache when traced before).")
  private String ref;

  @Override
  ExitCode execute() {
    PrintWriter out = out();
    if (ref != null) {
      try (RepoSession session = open(repo)) {
        OperationCandidates.use(OperationDeriver.knownNames(session.traced(ref).operations()));
      }
    }
    try {
      // A fresh command tree: the one running this command has our output streams set, not the shell's.
      CommandLine root = Main.commandLine(out, err());
      String script = AutoComplete.bash("seqtrace", root);
      // One script for both: picocli's turns on zsh's emulation of bash completion when run by zsh.
      out.print(script);
      out.flush();
    } finally {
      OperationCandidates.use(null);
    }
    return ExitCode.OK;
  }
}
