package io.seqtrace.python;

import io.seqtrace.model.Module;
import java.util.List;

/**
 * The model of one file and the syntax errors met while reading it (empty when it parsed cleanly).
 *
 * @param module what could be read; complete when {@code errors} is empty
 * @param errors syntax errors in source order
 */
public record ParseResult(Module module, List<SyntaxError> errors) {
  public ParseResult {
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
