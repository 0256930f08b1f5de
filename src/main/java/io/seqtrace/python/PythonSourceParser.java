package io.seqtrace.python;

import io.seqtrace.model.Module;
import io.seqtrace.python.antlr.PythonLexer;
import io.seqtrace.python.antlr.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one Python 2.7 or 3.x file into seqtrace's syntax model; no ANTLR type leaves here.
 *
 * <p>Parsing runs in SLL mode first, which is fast and right for nearly all real code, and falls
 * back to full LL only when SLL fails. ANTLR's DFA cache is static in the generated parser, so it
 * is shared across files and threads and warms up once per process. The parse tree is dropped as
 * soon as the model is built.
 *
 * <p>Thread-safe: every call makes its own lexer and parser.
 */
public final class PythonSourceParser {

  /** CPython refuses more than 200 nested brackets; deeper input would only exhaust the stack. */
  public static final int DEFAULT_MAX_NESTING = 200;

  /** CPython's limit on nested blocks ("too many levels of indentation"). */
  public static final int MAX_INDENTATION = 100;

  private final int maxNesting;

  /** A parser with the nesting limit of {@link io.seqtrace.error.Limits#maxNesting()} (200 unless overridden). */
  public PythonSourceParser() {
    this(io.seqtrace.error.Limits.maxNesting());
  }

  public PythonSourceParser(int maxNesting) {
    this.maxNesting = maxNesting;
  }

  /**
   * Parses {@code text}, naming it {@code path} in the model and in errors. Never throws for bad
   * input: a file with syntax errors gives the errors and a model of what could be read.
   */
  public ParseResult parse(String path, String moduleName, String source) {
    String text = universalNewlines(source);
    List<SyntaxError> errors = new ArrayList<>();
    CollectingListener listener = new CollectingListener(path, errors);
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text, path));
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    int lines = countLines(text);
    SyntaxError tooDeep = checkNesting(path, tokens.getTokens());
    if (tooDeep != null) {
      errors.add(tooDeep);
      return new ParseResult(Module.empty(path, moduleName, lines), errors);
    }
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    PythonParser.File_inputContext tree;
    try {
      try {
        tree = parser.file_input();
      } catch (ParseCancellationException sllFailed) {
        if (Boolean.getBoolean("seqtrace.traceFallback")) {
          System.err.println("LL fallback: " + path);
        }
        tokens.seek(0);
        parser.reset();
        parser.addErrorListener(listener);
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        tree = parser.file_input();
      }
    } catch (StackOverflowError overflow) {
      // The nesting check makes this unlikely; if it still happens it is the input's fault.
      errors.add(new SyntaxError(path, 1, 1, "input nested too deeply to parse"));
      return new ParseResult(Module.empty(path, moduleName, lines), errors);
    }
    return new ParseResult(buildModel(path, moduleName, lines, tree, errors), errors);
  }

  /**
   * Builds the model, or an empty one when the builder cannot read the tree: ANTLR's error recovery
   * leaves subtrees with no alternative chosen (found by fuzzing), and the syntax errors already
   * say what is wrong with such a file.
   */
  private static Module buildModel(String path, String moduleName, int lines,
      PythonParser.File_inputContext tree, List<SyntaxError> errors) {
    try {
      return new ModelBuilder(path, moduleName, lines).build(tree);
    } catch (StackOverflowError overflow) {
      errors.add(new SyntaxError(path, 1, 1, "input nested too deeply to parse"));
    } catch (RuntimeException e) {
      if (errors.isEmpty()) {
        // A tree without syntax errors that the builder cannot read is our bug; still never throw.
        errors.add(new SyntaxError(path, 1, 1, "cannot build the model: " + e));
      }
    }
    return Module.empty(path, moduleName, lines);
  }

  /**
   * Checks brackets before parsing: nesting deeper than the limit would only exhaust the stack,
   * and an unclosed bracket is clearer named where it opens than where the input ends.
   */
  private SyntaxError checkNesting(String path, List<Token> tokens) {
    java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
    int indents = 0;
    for (Token token : tokens) {
      switch (token.getType()) {
        // Blocks recurse in the parser just like brackets; CPython allows 100 levels of indentation.
        case PythonLexer.INDENT -> {
          if (++indents > MAX_INDENTATION) {
            return new SyntaxError(path, token.getLine(), 1,
                "too many levels of indentation (more than " + MAX_INDENTATION + ")");
          }
        }
        case PythonLexer.DEDENT -> indents--;
        case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> {
          open.push(token);
          if (open.size() > maxNesting) {
            return new SyntaxError(path, token.getLine(), token.getCharPositionInLine() + 1,
                "too many nested brackets (more than " + maxNesting + ")");
          }
        }
        case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> open.poll();
        default -> { }
      }
    }
    if (!open.isEmpty()) {
      Token unclosed = open.peek();
      return new SyntaxError(path, unclosed.getLine(), unclosed.getCharPositionInLine() + 1,
          "'" + unclosed.getText() + "' was never closed");
    }
    return null;
  }

  /**
   * {@code \r\n} and a lone {@code \r} as {@code \n}, as CPython reads source: ANTLR counts
   * lines by {@code \n} only, so a file with old Mac line endings would be all on line 1. Columns
   * do not change, and positions are all the model keeps.
   */
  static String universalNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text; // the usual case costs one scan
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static int countLines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return text.charAt(text.length() - 1) == '\n' ? lines : lines + 1;
  }

  /** Collects lexer and parser errors with 1-based columns. */
  private static final class CollectingListener extends BaseErrorListener {
    private final String path;
    private final List<SyntaxError> errors;

    CollectingListener(String path, List<SyntaxError> errors) {
      this.path = path;
      this.errors = errors;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
        int charPositionInLine, String msg, RecognitionException e) {
      errors.add(new SyntaxError(path, line, charPositionInLine + 1, msg));
    }
  }
}
