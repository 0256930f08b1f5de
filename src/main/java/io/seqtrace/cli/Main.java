package io.seqtrace.cli;

import io.seqtrace.error.EnvironmentErrors;
import io.seqtrace.error.InputException;
import io.seqtrace.project.ToolVersion;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code seqtrace} command: wires the subcommands together and turns every outcome into one
 * of the documented exit codes.
 */
@Command(
    name = "seqtrace",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Derives sequence diagrams of OpenStack operations from the source code in git.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:problems found (check)",
        "2:usage or input error (bad option, repository, ref or file; internal errors too)"})
public final class Main implements Runnable {
  @Spec private CommandSpec spec;

  // Read from the parse result or the raw arguments (see isDebug); the field only lets picocli accept it.
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  private boolean debug;

  private Main() {}

  /**
   * The subcommands, in the order {@code --help} lists them. Add a command here: a class with
   * {@code @Command(name = ...)} extending {@link SeqtraceCommand}, mixing in {@link RepoOptions}
   * (or {@link RevisionOptions}) when it reads a repository, which it opens with
   * {@link SeqtraceCommand#open}.
   */
  static List<Object> commands() {
    return List.of(
        new ParseCommand(),
        new OpsCommand(),
        new ProfileCommand(),
        new TraceCommand(),
        new RegenCommand(),
        new DiffCommand(),
        new HistoryCommand(),
        new CheckCommand(),
        new ReportCommand(),
        new RenderCommand(),
        new CompletionCommand());
  }

  public static void main(String[] args) {
    int code = run(System.in, System.out, System.err, args);
    LauncherExit.record(code);
    System.exit(code);
  }

  /**
   * Runs seqtrace as the shell would, without exiting: what tests and embedders call.
   *
   * @return the exit code: one of {@link ExitCode}'s numbers
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cli = commandLine(stdout, stderr);
    try {
      return cli.execute(args);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Only errors thrown outside execution reach here (picocli handles those inside it).
      return reportException(e, stderr, Arrays.asList(args).contains("--debug"));
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    commands().forEach(cli::addSubcommand);
    // Every command answers --help and --version, without each class having to ask for it.
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().mixinStandardHelpOptions(true));
    // After addSubcommand: these setters reach the subcommands already added.
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, command, parsed) -> reportException(e, err, isDebug(parsed)));
    return cli;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }

  private static int usageError(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    if (Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(err);
    }
    // picocli words some messages "Error: ..."; the "seqtrace: " prefix already says that.
    err.println("seqtrace: " + UsageSuggestions.message(e).replaceFirst("^Error: ", ""));
    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static int reportException(Throwable e, PrintWriter err, boolean debug) {
    if (debug) {
      e.printStackTrace(err);
    }
    Optional<String> environment = EnvironmentErrors.describe(e);
    if (e instanceof InputException) {
      err.println("seqtrace: " + e.getMessage());
    } else if (environment.isPresent()) {
      err.println("seqtrace: " + environment.get());
    } else {
      err.println("seqtrace: internal error: " + e.getClass().getName()
          + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
          + (debug ? "" : " (run with --debug for details)"));
    }
    err.flush();
    return ExitCode.USAGE.code();
  }

  private static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** True when {@code --debug} was given to the root or any subcommand. */
  private static boolean isDebug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** {@code seqtrace <version>} from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"seqtrace " + ToolVersion.get()};
    }
  }
}
