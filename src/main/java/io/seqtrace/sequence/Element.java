package io.seqtrace.sequence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One line (or block) of a sequence diagram body. Every element knows its 1-based script line (0 when derived). */
public sealed interface Element {

  int line();

  /** Where an element comes from, so merged diagrams can show derived and stale steps apart. */
  enum Origin {
    /** Written by a person in a script. */
    HAND,
    /** Derived from the code by the tracer. */
    DERIVED,
    /** Written by a person, but the code no longer supports it. */
    STALE,
    /** In a diff diagram: only at the newer release. */
    ADDED,
    /** In a diff diagram: only at the older release. */
    REMOVED,
    /** In a diff diagram: the same at both releases. */
    UNCHANGED
  }

  /** WSD arrow shapes: solid or dashed line, closed or open head. */
  enum Arrow {
    SOLID("->"),
    DASHED("-->"),
    SOLID_OPEN("->>"),
    DASHED_OPEN("-->>");

    private final String token;

    Arrow(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }
  }

  /** Activation shorthand on an arrow: {@code A->+B} activates the target, {@code A->-B} deactivates the source. */
  enum Activation {
    NONE(""),
    ACTIVATE_TARGET("+"),
    DEACTIVATE_SOURCE("-");

    private final String token;

    Activation(String token) {
      this.token = token;
    }

    public String token() {
      return token;
    }
  }

  /**
   * What a message means. Hand-written messages are {@link #MESSAGE}; derived ones say whether they
   * are an RPC cast (async), an RPC call (sync) and its reply, an in-process invocation, and so on.
   */
  enum StepKind {
    MESSAGE,
    REQUEST,
    RESPONSE,
    CAST,
    CALL,
    REPLY,
    FANOUT,
    INVOKE,
    /** An HTTP request to another service's REST API (placement). */
    HTTP,
    DB,
    NOTIFY,
    NOTE;

    /** The lower-case name used in JSON output. */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** {@code A->B: label}. */
  record Message(
      String from,
      String to,
      Arrow arrow,
      Activation activation,
      String label,
      StepKind kind,
      String method,
      Optional<SourceAnchor> anchor,
      Origin origin,
      int line)
      implements Element {
    public Message {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(arrow, "arrow");
      Objects.requireNonNull(activation, "activation");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(origin, "origin");
    }

    /** A plain hand-written message. */
    public static Message hand(String from, String to, Arrow arrow, Activation activation, String label, int line) {
      return new Message(from, to, arrow, activation, label, StepKind.MESSAGE, "", Optional.empty(), Origin.HAND, line);
    }

    public Message withOrigin(Origin newOrigin) {
      return new Message(from, to, arrow, activation, label, kind, method, anchor, newOrigin, line);
    }
  }

  /** Where a note is placed. */
  enum NotePosition {
    OVER("over"),
    LEFT_OF("left of"),
    RIGHT_OF("right of");

    private final String keyword;

    NotePosition(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /** {@code note over A,B: text}, or the block form closed by {@code end note} when {@code block}. */
  record Note(
      NotePosition position,
      List<String> participants,
      String text,
      boolean block,
      Optional<SourceAnchor> anchor,
      Origin origin,
      int line)
      implements Element {
    public Note {
      Objects.requireNonNull(position, "position");
      participants = List.copyOf(participants);
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(anchor, "anchor");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** {@code activate A} or {@code deactivate A}. */
  record Activate(String participant, boolean activate, Origin origin, int line) implements Element {
    public Activate {
      Objects.requireNonNull(participant, "participant");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** {@code destroy A}. */
  record Destroy(String participant, int line) implements Element {
    public Destroy {
      Objects.requireNonNull(participant, "participant");
    }
  }

  /**
   * A combined fragment: {@code alt}/{@code opt}/{@code loop}/{@code par}/{@code ref}/{@code state}
   * with its branches ({@code else} starts a new one), closed by {@code end}.
   */
  record Fragment(String kind, List<Branch> branches, Origin origin, int line, int endLine) implements Element {
    public Fragment {
      Objects.requireNonNull(kind, "kind");
      branches = List.copyOf(branches);
      Objects.requireNonNull(origin, "origin");
    }

    /** The same fragment with each branch's elements replaced by what {@code f} makes of them. */
    public Fragment mapElements(java.util.function.UnaryOperator<List<Element>> f) {
      return new Fragment(kind, branches.stream().map(b -> new Branch(b.guard(), f.apply(b.elements()), b.line())).toList(),
          origin, line, endLine);
    }
  }

  /** One branch of a fragment: its guard text (may be empty) and its elements. */
  record Branch(String guard, List<Element> elements, int line) {
    public Branch {
      Objects.requireNonNull(guard, "guard");
      elements = List.copyOf(elements);
    }
  }

  /** A {@code #} comment line; {@code anchor} is set when it names a source location ({@code # nova/compute/api.py pause()}). */
  record Comment(String text, Optional<SourceAnchor> anchor, int line) implements Element {
    public Comment {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(anchor, "anchor");
    }
  }

  /** An empty line, kept so a written-back script keeps its layout. */
  record Blank(int line) implements Element {}

  /** A directive kept as written: {@code autonumber}, {@code option footer=none}, ... */
  record Directive(String keyword, String argument, int line) implements Element {
    public Directive {
      Objects.requireNonNull(keyword, "keyword");
      Objects.requireNonNull(argument, "argument");
    }
  }
}
