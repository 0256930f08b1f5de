package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: version, help, exit codes and how errors are reported. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void versionComesFromTheManifestOrIsDev() {
    assertEquals(0, run("--version"));
    // Tests run from classes, which have no manifest.
    assertEquals("seqtrace dev\n", out());
    assertEquals("", err());
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    assertEquals(0, run("--help"));
    String help = out();
    assertTrue(help.contains("Usage: seqtrace [-hV] [--debug] COMMAND"), help);
    assertTrue(help.contains("  parse "), help);
    assertTrue(help.contains("  render "), help);
    assertTrue(help.contains("Exit codes:\n  0   success\n  1   problems found (check)\n  2   usage or input error"), help);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet()) {
      out.reset();
      assertEquals(0, run(command, "--help"), command);
      assertTrue(out().startsWith("Usage: seqtrace " + command + " "), out());
    }
    assertTrue(out().contains("--help"));
  }

  @Test
  void parseHelpListsTheRepositoryOptions() {
    assertEquals(0, run("parse", "--help"));
    for (String option : new String[] {"--repo", "--ref", "--path", "--include-tests", "--cache-dir", "--no-cache",
        "--threads", "--json", "--debug"}) {
      assertTrue(out().contains(option), option + " in " + out());
    }
    assertTrue(out().contains("opendev.org/openstack/nova)"), out()); // picocli wraps the URL
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, run());
    assertEquals("seqtrace: missing command\nTry 'seqtrace --help' for more information.\n", err());
  }

  @Test
  void unknownOptionGivesOneLineAndTheHint() {
    assertEquals(2, run("--bogus"));
    assertEquals("seqtrace: Unknown option: '--bogus'\nTry 'seqtrace --help' for more information.\n", err());
    assertEquals("", out());
  }

  @Test
  void subcommandUsageErrorsPointAtTheSubcommandsHelp() {
    assertEquals(2, run("parse", "--ref", "1.0.0", "--bogus"));
    assertEquals("seqtrace: Unknown option: '--bogus'\nTry 'seqtrace parse --help' for more information.\n", err());
  }

  @Test
  void unexpectedExceptionsAreInternalErrorsWithoutStackTrace() {
    assertEquals(2, runFailing());
    assertEquals("seqtrace: internal error: java.lang.IllegalStateException: boom"
        + " (run with --debug for details)\n", errText);
  }

  @Test
  void debugShowsTheStackTrace() {
    assertEquals(2, runFailing("--debug"));
    assertTrue(errText.startsWith("java.lang.IllegalStateException: boom\n\tat "), errText);
    assertTrue(errText.endsWith("seqtrace: internal error: java.lang.IllegalStateException: boom\n"), errText);
  }

  private String errText;

  /** Runs a command that fails unexpectedly, through the same wiring as the real ones. */
  private int runFailing(String... extra) {
    StringWriter errWriter = new StringWriter();
    CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(errWriter));
    cli.addSubcommand(new Failing());
    String[] args = new String[extra.length + 1];
    args[0] = "fail";
    System.arraycopy(extra, 0, args, 1, extra.length);
    int code = cli.execute(args);
    errText = errWriter.toString();
    return code;
  }

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void everyCommandIsRegisteredOnce() {
    CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(Main.commands().size(), cli.getSubcommands().size());
    assertFalse(cli.getSubcommands().isEmpty());
  }
}
