package io.seqtrace.wsd;

import io.seqtrace.error.Excerpt;
import io.seqtrace.error.InputException;
import io.seqtrace.sequence.Diagram;
import io.seqtrace.sequence.Element;
import io.seqtrace.sequence.Element.Activate;
import io.seqtrace.sequence.Element.Activation;
import io.seqtrace.sequence.Element.Arrow;
import io.seqtrace.sequence.Element.Blank;
import io.seqtrace.sequence.Element.Branch;
import io.seqtrace.sequence.Element.Comment;
import io.seqtrace.sequence.Element.Destroy;
import io.seqtrace.sequence.Element.Directive;
import io.seqtrace.sequence.Element.Fragment;
import io.seqtrace.sequence.Element.Message;
import io.seqtrace.sequence.Element.Note;
import io.seqtrace.sequence.Element.NotePosition;
import io.seqtrace.sequence.Element.Origin;
import io.seqtrace.sequence.Participant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a <a href="https://www.websequencediagrams.com/">websequencediagrams</a> script into a
 * {@link Diagram}.
 *
 * <p>The dialect is line oriented, so this is a hand-written line parser rather than a grammar:
 *
 * <pre>
 * title pause a server                  -> Diagram.title, plus Directive("title") marking its place
 * participant "Nova API" as nova_api    -> Participant (explicit declarations only)
 * nova_api->+nova_compute: pause        -> Message (arrows ->, -->, ->>, -->>; +/- shorthands)
 * note over nova_api: check policy      -> Note (also "left of", "right of", and blocks to "end note")
 * activate x / deactivate x / destroy x -> Activate / Destroy
 * alt guard ... else guard ... end      -> Fragment with Branches (alt, opt, loop, par, ref, state)
 * # nova/compute/api.py pause()         -> Comment with a SourceAnchor
 * autonumber / option footer=none       -> Directive
 * </pre>
 *
 * <p>Keywords are case-insensitive; indentation, tabs, trailing spaces and CRLF are insignificant.
 * Labels are kept verbatim, including the {@code \n} escape. The title is also kept in the body as
 * {@code Directive("title", text)} so {@link WsdWriter} can put it back where it was written;
 * consumers other than the writer should read {@link Diagram#title()} and skip that directive.
 * Any malformed line throws {@link InputException} as {@code path:line: message}.
 *
 * <p>{@code else} may split any fragment, not only {@code alt}: websequencediagrams draws it and
 * {@code nova/volume_attach.wsd} uses it in an {@code opt}.
 *
 * <p>One leniency, because websequencediagrams.com has it and the real corpus relies on it
 * ({@code nova/shelve.wsd}): fragments still open at the end of the script are closed there, with
 * a warning. {@link #readStrict} makes that an error too.
 */
public final class WsdReader {
  /** Deeper than any real diagram; bounds the recursion of everything that walks fragments. */
  public static final int MAX_FRAGMENT_DEPTH = 100;

  private static final Set<String> FRAGMENTS = Set.of("alt", "opt", "loop", "par", "ref", "state");

  private static final Pattern WORD = Pattern.compile("(?<word>[A-Za-z]+)(?:\\s+(?<rest>.*))?");
  private static final Pattern QUOTED_AS = Pattern.compile("\"(?<label>[^\"]*)\"\\s+(?i:as)\\s+(?<name>.+)");
  private static final Pattern PLAIN_AS = Pattern.compile("(?<label>.+?)\\s+(?i:as)\\s+(?<name>.+)");
  private static final Pattern NOTE =
      Pattern.compile("(?i:(?<pos>over|left\\s+of|right\\s+of))\\s+(?<who>[^:]+?)\\s*(?::(?<text>.*))?");

  private final String path;
  private final List<Participant> participants = new ArrayList<>();
  private final Map<String, Integer> declaredAt = new HashMap<>();
  private final Deque<OpenFragment> fragments = new ArrayDeque<>();
  private final List<Element> top = new ArrayList<>();
  private final boolean strict;
  private final List<String> warnings = new ArrayList<>();
  private String title = "";
  private int titleLine;
  private OpenNote note;
  /** Set by a {@code # seqtrace: derived} marker until the element it marks is read. */
  private boolean derivedNext;
  /** Set by a {@code # seqtrace: stale} marker until the element it marks is read. */
  private boolean staleNext;

  private WsdReader(String path, boolean strict) {
    this.path = path;
    this.strict = strict;
  }

  /** Parses {@code script}; {@code path} only prefixes diagnostics. Fragments left open at the end are closed. */
  public static Diagram read(String script, String path) {
    return parse(script, path).diagram();
  }

  /** Like {@link #read(String, String)}, but a fragment left open at the end is an error. */
  public static Diagram readStrict(String script, String path) {
    return new WsdReader(path, true).run(script).diagram();
  }

  /** Parses {@code script} and also returns the warnings for what was tolerated. */
  public static Result parse(String script, String path) {
    return new WsdReader(path, false).run(script);
  }

  /** Reads and parses a UTF-8 script file, reporting it by {@code file.toString()}. */
  public static Diagram read(Path file) {
    return parse(file).diagram();
  }

  /** Reads a UTF-8 script file and returns the diagram with its warnings. */
  public static Result parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (java.nio.charset.CharacterCodingException e) {
      // The JDK's own message ("Input length = 1") says nothing a user can act on.
      throw new InputException(file + ": not valid UTF-8 text", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  private Result run(String script) {
    List<String> lines = lines(script);
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), i + 1);
    }
    int last = lines.size();
    if (note != null) {
      throw error(last, "unclosed 'note' opened at line " + note.line);
    }
    while (!fragments.isEmpty()) {
      OpenFragment f = fragments.pop();
      String message = "unclosed '" + f.kind + "' opened at line " + f.line;
      if (strict) {
        throw error(last, message);
      }
      warnings.add(error(last, message + " (closed at end of script)").getMessage());
      add(f.close(last));
    }
    return new Result(new Diagram(title, participants, top), warnings);
  }

  /**
   * A parsed script.
   *
   * @param diagram the diagram
   * @param warnings {@code path:line: message} for each tolerated problem, in script order
   */
  public record Result(Diagram diagram, List<String> warnings) {
    public Result {
      java.util.Objects.requireNonNull(diagram, "diagram");
      warnings = List.copyOf(warnings);
    }
  }

  /** Splits on any line ending; a final newline does not start one more (empty) line. */
  private static List<String> lines(String script) {
    String text = script.startsWith("\uFEFF") ? script.substring(1) : script;
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private void line(String raw, int n) {
    String s = raw.strip();
    if (note != null) {
      noteLine(s, n);
      return;
    }
    if (s.isEmpty()) {
      add(new Blank(n));
      return;
    }
    if (s.startsWith("#")) {
      add(comment(s.substring(1), n));
      return;
    }
    Matcher w = WORD.matcher(s);
    if (w.matches() && !startsWithArrow(w.group("rest"))) {
      String word = w.group("word").toLowerCase(Locale.ROOT);
      String rest = w.group("rest") == null ? "" : w.group("rest").strip();
      if (keyword(word, rest, n)) {
        return;
      }
    }
    if (!message(s, n)) {
      throw error(n, "unrecognised line: '" + Excerpt.of(s) + "'");
    }
  }

  /** Handles a keyword line; false when {@code word} is no keyword, so the line may be a message. */
  private boolean keyword(String word, String rest, int n) {
    switch (word) {
      case "title" -> title(rest, n);
      case "participant", "actor" -> participant(rest, word.equals("actor"), n);
      case "note" -> note(rest, n);
      case "activate", "deactivate" ->
          add(new Activate(name(rest, word, n), word.equals("activate"), Origin.HAND, n));
      case "destroy" -> add(new Destroy(name(rest, word, n), n));
      case "else" -> elseBranch(rest, n);
      case "end" -> end(rest, n);
      case "autonumber", "option" -> add(new Directive(word, rest, n));
      default -> {
        if (!FRAGMENTS.contains(word)) {
          return false;
        }
        if (fragments.size() >= MAX_FRAGMENT_DEPTH) {
          // The writer and PlantUML recurse per level; deeper scripts would exhaust the stack.
          throw error(n, "fragments nested too deeply (more than " + MAX_FRAGMENT_DEPTH + ")");
        }
        fragments.push(new OpenFragment(word, rest, derivedNext ? Origin.DERIVED : Origin.HAND, n));
        derivedNext = false;
      }
    }
    return true;
  }

  private void title(String text, int n) {
    if (text.isEmpty()) {
      throw error(n, "'title' needs a text");
    }
    if (titleLine > 0) {
      throw error(n, "second 'title' (the first is at line " + titleLine + ")");
    }
    title = text;
    titleLine = n;
    add(new Directive("title", text, n));
  }

  private void participant(String rest, boolean actor, int n) {
    String keyword = actor ? "actor" : "participant";
    String name;
    String label;
    Matcher m;
    if ((m = QUOTED_AS.matcher(rest)).matches() || (m = PLAIN_AS.matcher(rest)).matches()) {
      name = unquote(m.group("name"));
      label = unquote(m.group("label"));
    } else {
      name = unquote(rest);
      label = "";
    }
    if (name.isEmpty()) {
      throw error(n, "'" + keyword + "' needs a name");
    }
    Integer previous = declaredAt.putIfAbsent(name, n);
    if (previous != null) {
      throw error(n, "participant '" + Excerpt.of(name) + "' is already declared at line " + previous);
    }
    participants.add(new Participant(name, label.equals(name) ? "" : label, actor, n));
  }

  private void note(String rest, int n) {
    Matcher m = NOTE.matcher(rest);
    if (!m.matches()) {
      throw error(n, "'note' needs 'over', 'left of' or 'right of' and a participant");
    }
    NotePosition position = position(m.group("pos"));
    List<String> who = new ArrayList<>();
    for (String part : m.group("who").split(",", -1)) {
      String name = unquote(part);
      if (name.isEmpty()) {
        throw error(n, "empty participant name in 'note'");
      }
      who.add(name);
    }
    if (m.group("text") != null) {
      add(new Note(position, who, m.group("text").strip(), false, Optional.empty(), Origin.HAND, n));
    } else {
      note = new OpenNote(position, who, n);
    }
  }

  private static NotePosition position(String keyword) {
    String k = keyword.toLowerCase(Locale.ROOT);
    if (k.startsWith("over")) {
      return NotePosition.OVER;
    }
    return k.startsWith("left") ? NotePosition.LEFT_OF : NotePosition.RIGHT_OF;
  }

  private void noteLine(String s, int n) {
    if (s.matches("(?i)end\\s+note")) {
      // Block text keeps its line breaks as real newlines; indentation inside the block is layout.
      add(new Note(note.position, note.participants, String.join("\n", note.text), true,
          Optional.empty(), Origin.HAND, note.line));
      note = null;
    } else {
      note.text.add(s);
    }
  }

  private void elseBranch(String guard, int n) {
    OpenFragment f = fragments.peek();
    // websequencediagrams accepts else in any fragment, and the corpus has "opt ... else ... end".
    if (f == null) {
      throw error(n, "'else' outside a fragment");
    }
    f.startBranch(guard, n);
  }

  private void end(String rest, int n) {
    if (rest.equalsIgnoreCase("note")) {
      throw error(n, "'end note' without an open note");
    }
    if (!rest.isEmpty()) {
      throw error(n, "unexpected '" + Excerpt.of(rest) + "' after 'end'");
    }
    OpenFragment f = fragments.poll();
    if (f == null) {
      throw error(n, "'end' without an open fragment");
    }
    add(f.close(n));
  }

  /** {@code from ARROW [+|-] to [: label]}; false when the line has no arrow before its colon. */
  private boolean message(String s, int n) {
    int colon = s.indexOf(':');
    String head = colon < 0 ? s : s.substring(0, colon);
    int at = head.indexOf("->");
    if (at < 0) {
      return false;
    }
    int start = at > 0 && head.charAt(at - 1) == '-' ? at - 1 : at;
    int end = at + 2 < head.length() && head.charAt(at + 2) == '>' ? at + 3 : at + 2;
    Arrow arrow = arrow(head.substring(start, end));
    String from = unquote(head.substring(0, start));
    String target = head.substring(end).strip();
    Activation activation = Activation.NONE;
    if (target.startsWith("+")) {
      activation = Activation.ACTIVATE_TARGET;
    } else if (target.startsWith("-")) {
      activation = Activation.DEACTIVATE_SOURCE;
    }
    String to = unquote(activation == Activation.NONE ? target : target.substring(1));
    if (from.isEmpty()) {
      throw error(n, "message has no source before '" + arrow.token() + "'");
    }
    if (to.isEmpty()) {
      throw error(n, "message has no target after '" + arrow.token() + "'");
    }
    String label = colon < 0 ? "" : s.substring(colon + 1).strip();
    add(Message.hand(from, to, arrow, activation, label, n));
    return true;
  }

  private static Arrow arrow(String token) {
    for (Arrow a : Arrow.values()) {
      if (a.token().equals(token)) {
        return a;
      }
    }
    throw new IllegalStateException("not an arrow: " + token);
  }

  /**
   * {@code # text}: the text after the first {@code #}, keeping further {@code #}s (section
   * headings such as {@code ### nova-api}) and dropping the space that follows a single one.
   */
  private static Comment comment(String afterHash, int n) {
    String text = afterHash.startsWith("#") ? afterHash.stripTrailing() : afterHash.strip();
    return new Comment(text, WsdAnchors.parse(text), n);
  }

  private String name(String rest, String keyword, int n) {
    String name = unquote(rest);
    if (name.isEmpty()) {
      throw error(n, "'" + keyword + "' needs a participant");
    }
    return name;
  }

  private static boolean startsWithArrow(String rest) {
    return rest != null && rest.startsWith("-");
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  private void add(Element element) {
    if (element instanceof Comment c && c.text().equals(WsdWriter.DERIVED_MARKER)) {
      // The marker is the origin of the next element, not a comment of its own: WsdWriter writes
      // it again from the origin, so merged scripts read back and render as they were written.
      derivedNext = true;
      return;
    }
    if (element instanceof Comment c && c.text().equals(WsdWriter.STALE_MARKER)) {
      staleNext = true;
      return;
    }
    if (derivedNext && !(element instanceof Comment) && !(element instanceof Blank)) {
      derivedNext = false;
      element = derived(element);
    }
    if (staleNext && !(element instanceof Comment) && !(element instanceof Blank)) {
      staleNext = false;
      element = stale(element);
    }
    if (fragments.isEmpty()) {
      top.add(element);
    } else {
      fragments.peek().elements.add(element);
    }
  }

  /** {@code element} as drawn by seqtrace; fragments get their origin when they open. */
  private static Element derived(Element element) {
    if (element instanceof Message m) {
      return m.withOrigin(Origin.DERIVED);
    }
    if (element instanceof Note note) {
      return new Note(note.position(), note.participants(), note.text(), note.block(), note.anchor(),
          Origin.DERIVED, note.line());
    }
    if (element instanceof Activate a) {
      return new Activate(a.participant(), a.activate(), Origin.DERIVED, a.line());
    }
    return element;
  }

  /** {@code element} as marked stale by a merge: a message or a note (the reason). */
  private static Element stale(Element element) {
    if (element instanceof Message m) {
      return m.withOrigin(Origin.STALE);
    }
    if (element instanceof Note note) {
      return new Note(note.position(), note.participants(), note.text(), note.block(), note.anchor(),
          Origin.STALE, note.line());
    }
    return element;
  }

  private InputException error(int line, String message) {
    return InputException.at(path, line, 0, message);
  }

  /** A fragment whose {@code end} has not been read yet. */
  private static final class OpenFragment {
    final String kind;
    final Origin origin;
    final int line;
    final List<Branch> done = new ArrayList<>();
    String guard;
    int branchLine;
    List<Element> elements = new ArrayList<>();

    OpenFragment(String kind, String guard, Origin origin, int line) {
      this.kind = kind;
      this.origin = origin;
      this.line = line;
      this.guard = guard;
      this.branchLine = line;
    }

    void startBranch(String nextGuard, int n) {
      done.add(new Branch(guard, elements, branchLine));
      guard = nextGuard;
      branchLine = n;
      elements = new ArrayList<>();
    }

    Fragment close(int endLine) {
      done.add(new Branch(guard, elements, branchLine));
      return new Fragment(kind, done, origin, line, endLine);
    }
  }

  /** A block note whose {@code end note} has not been read yet. */
  private static final class OpenNote {
    final NotePosition position;
    final List<String> participants;
    final int line;
    final List<String> text = new ArrayList<>();

    OpenNote(NotePosition position, List<String> participants, int line) {
      this.position = position;
      this.participants = participants;
      this.line = line;
    }
  }
}
