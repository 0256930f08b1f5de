package io.seqtrace.history;

import java.util.Objects;

/**
 * One hop of an operation across releases: a request, RPC or invocation between two
 * participants, identified by its ends, method and kind.
 *
 * @param from the calling participant
 * @param to the called participant
 * @param method the method called (the label when the step names none)
 * @param kind the step kind's JSON name ({@code cast}, {@code call}, ...)
 * @param first the first release whose trace has it
 * @param last the last release whose trace has it
 */
public record Hop(String from, String to, String method, String kind, String first, String last) {
  public Hop {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }

  /** {@code from -> to: method (kind)}, the way text output names a hop. */
  public String text() {
    return from + " -> " + to + ": " + method + " (" + kind + ")";
  }
}
