package io.seqtrace.cli;

import io.seqtrace.error.Suggestions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Words a usage error about a mistyped command or option, adding "did you mean ...?" when a known name is close. */
final class UsageSuggestions {
  private UsageSuggestions() {}

  /**
   * The message for {@code e}: {@code unknown command 'trac'; did you mean 'trace'?} for a word
   * where a command should be, {@code Unknown option: '--form'; did you mean '--format'?} for an
   * option, picocli's own message for anything else.
   */
  static String message(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    CommandLine command = e.getCommandLine();
    String typed = u.getUnmatched().get(0);
    if (u.isUnknownOption()) {
      // --form=mermaid: only the name is mistyped.
      String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      List<String> close = Suggestions.closest(name, optionNames(command.getCommandSpec()));
      // picocli lists every argument after an unknown option as unknown too; the first is the one to fix.
      return close.isEmpty() ? e.getMessage() : "Unknown option: '" + name + "'; " + Suggestions.didYouMean(close);
    }
    if (!command.getSubcommands().isEmpty() && command.getParent() == null) {
      return Suggestions.unknown("command", typed, "", Suggestions.closest(typed, List.copyOf(command.getSubcommands().keySet())),
          "run 'seqtrace --help' to list them");
    }
    return e.getMessage();
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      for (String name : option.names()) {
        // Long names only: suggesting -h for a mistyped --hlep helps nobody.
        if (name.startsWith("--")) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
