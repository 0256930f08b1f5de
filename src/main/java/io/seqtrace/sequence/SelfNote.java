package io.seqtrace.sequence;

import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import java.util.List;
import java.util.Optional;

/**
 * How writers draw a derived NOTIFY or NOTE step, a message from a participant to itself: as a note
 * over it, because a self-arrow would read as a call.
 */
public final class SelfNote {
  /** Prefix of the note text of a NOTIFY step, the form hand-written scripts use ({@code notify: pause.start}). */
  public static final String NOTIFY_PREFIX = "notify: ";

  private SelfNote() {}

  /** The note to draw instead of {@code m}, empty when {@code m} is drawn as an arrow. */
  public static Optional<Note> of(Message m) {
    if (!m.from().equals(m.to())) {
      return Optional.empty();
    }
    String text = switch (m.kind()) {
      case NOTIFY -> NOTIFY_PREFIX + m.label();
      case NOTE -> m.label();
      default -> null;
    };
    return Optional.ofNullable(text)
        .map(t -> new Note(NotePosition.OVER, List.of(m.from()), t, false, m.anchor(), m.origin(), m.line()));
  }
}
