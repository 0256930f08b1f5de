package io.seqtrace.sequence;

import java.util.Objects;

/**
 * A lifeline: {@code participant nova_api} or {@code actor "User" as client}.
 *
 * @param name the name messages use
 * @param label the displayed text when it differs from the name ({@code "X" as name}), else empty
 * @param actor true for {@code actor}, false for {@code participant}
 * @param line 1-based line in the script, 0 when derived
 */
public record Participant(String name, String label, boolean actor, int line) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
  }

  public static Participant of(String name) {
    return new Participant(name, "", false, 0);
  }

  /** The text to show on the lifeline head. */
  public String displayName() {
    return label.isEmpty() ? name : label;
  }
}
