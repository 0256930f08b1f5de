package io.seqtrace.cli;

import io.seqtrace.analysis.TracedRevision;
import io.seqtrace.source.GitSource;
import io.seqtrace.trace.Profile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code seqtrace completion bash|zsh}: prints a shell completion script for seqtrace's commands, options and operations. */
@Command(
    name = "completion",
    description = {
        "Print a completion script for bash or zsh: commands, options, and after --op the operations "
            + "(the well-known aliases, or with --ref every operation of the repository at that ref).",
        "Install: seqtrace completion bash > ~/.local/share/bash-completion/completions/seqtrace",
        "     or: echo 'source <(seqtrace completion zsh)' >> ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {
  enum Shell { bash, zsh }

  @Spec private CommandSpec spec;

  @Mixin private RepoOptions repo;

  @Parameters(index = "0", paramLabel = "bash|zsh", description = "The shell.")
  private Shell shell;

  @Option(names = "--ref", paramLabel = "REF",
      description = "Also offer every operation of the repository at this ref after --op (read from the cache when traced before).")
  private String ref;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (ref != null) {
      try (GitSource source = GitSource.open(repo.repo(), repo.cacheDir(), CliProgress.to(spec.commandLine().getErr()))) {
        RepoOptions.Project project = repo.project(source, ref);
        TracedRevision revision = TracedRevision.open(source, ref, project.options(), project.profile());
        OperationCandidates.use(OperationDeriver.knownNames(revision.operations()));
      }
    }
    try {
      // A fresh command tree: the one running this command has our output streams set, not the shell's.
      CommandLine root = Main.commandLine(out, spec.commandLine().getErr());
      String script = AutoComplete.bash("seqtrace", root);
      // One script for both: picocli's turns on zsh's emulation of bash completion when run by zsh.
      out.print(script);
      out.flush();
    } finally {
      OperationCandidates.use(null);
    }
    return ExitCodes.OK;
  }
}
