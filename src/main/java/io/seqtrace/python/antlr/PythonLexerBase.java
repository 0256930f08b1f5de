package io.seqtrace.python.antlr;

import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns the raw token stream into Python's logical lines: NEWLINE, INDENT and DEDENT.
 *
 * <p>All of it happens here, in {@link #nextToken()}, rather than in lexer predicates or
 * actions: predicates on the left edge of lexer rules keep ANTLR from caching its DFA and make
 * lexing dozens of times slower. The lexer's NEWLINE token carries the next line's leading white
 * space, which gives the indentation without looking back into the input.
 */
public abstract class PythonLexerBase extends Lexer {

  /** CPython expands a tab to the next multiple of eight columns. */
  private static final int TAB_SIZE = 8;

  private final Deque<Token> pending = new ArrayDeque<>();
  private int[] indents = new int[32];
  /** The same indentation with a tab as one column: CPython's check for tabs and spaces that disagree. */
  private int[] altIndents = new int[32];
  private int indentDepth;
  private int bracketDepth;
  /** True once the current logical line has a token; a NEWLINE before that ends a blank line. */
  private boolean lineHasTokens;
  /** Indentation of the line that starts after the last NEWLINE; -1 before the first one. */
  private int nextIndent = -1;
  /** {@link #nextIndent} counting a tab as one column. */
  private int nextAltIndent = -1;
  private boolean finished;

  protected PythonLexerBase(CharStream input) {
    super(input);
  }

  @Override
  public Token nextToken() {
    if (!pending.isEmpty()) {
      return pending.poll();
    }
    while (true) {
      Token token = super.nextToken();
      int type = token.getType();
      if (type == PythonLexer.NEWLINE) {
        if (bracketDepth > 0) {
          continue; // implicit line joining inside brackets
        }
        nextIndent = indentWidth(token.getText(), TAB_SIZE);
        nextAltIndent = indentWidth(token.getText(), 1);
        if (!lineHasTokens) {
          continue; // blank or comment-only line
        }
        lineHasTokens = false;
        return withText(token, "\n");
      }
      if (type == Token.EOF) {
        return finish(token);
      }
      if (!lineHasTokens) {
        lineHasTokens = true;
        int width = nextIndent >= 0 ? nextIndent : token.getCharPositionInLine();
        int altWidth = nextAltIndent >= 0 ? nextAltIndent : token.getCharPositionInLine();
        indent(width, altWidth, token);
      }
      trackBrackets(type);
      pending.add(token);
      return pending.poll();
    }
  }

  @Override
  public void reset() {
    super.reset();
    pending.clear();
    indentDepth = 0;
    bracketDepth = 0;
    lineHasTokens = false;
    nextIndent = -1;
    nextAltIndent = -1;
    finished = false;
  }

  private void trackBrackets(int type) {
    switch (type) {
      case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> bracketDepth++;
      case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> {
        if (bracketDepth > 0) {
          bracketDepth--;
        }
      }
      default -> { }
    }
  }

  /**
   * Opens or closes blocks for a line indented {@code width} columns (tabs to multiples of eight)
   * and {@code altWidth} (tabs as one column). As in CPython's tokenizer, the two measures must
   * order the line the same way against the enclosing block, or the indentation depends on the tab
   * size: {@code TabError: inconsistent use of tabs and spaces in indentation}.
   */
  private void indent(int width, int altWidth, Token at) {
    int current = indentDepth == 0 ? 0 : indents[indentDepth - 1];
    int altCurrent = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
    if (width > current) {
      if (altWidth <= altCurrent) {
        tabError(at);
      }
      if (indentDepth == indents.length) {
        indents = java.util.Arrays.copyOf(indents, indents.length * 2);
        altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
      }
      altIndents[indentDepth] = altWidth;
      indents[indentDepth++] = width;
      pending.add(synthetic(PythonLexer.INDENT, "<INDENT>", at));
      return;
    }
    while (width < current) {
      indentDepth--;
      pending.add(synthetic(PythonLexer.DEDENT, "<DEDENT>", at));
      current = indentDepth == 0 ? 0 : indents[indentDepth - 1];
      altCurrent = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
    }
    if (width != current) {
      getErrorListenerDispatch()
          .syntaxError(this, null, at.getLine(), at.getCharPositionInLine(),
              "unindent does not match any outer indentation level", null);
    } else if (altWidth != altCurrent) {
      tabError(at);
    }
  }

  private void tabError(Token at) {
    // Column 1, as CPython reports it: the fault is the whole indentation, not the token after it.
    getErrorListenerDispatch().syntaxError(this, null, at.getLine(), 0,
        "inconsistent use of tabs and spaces in indentation", null);
  }

  private Token finish(Token eof) {
    if (finished) {
      return eof;
    }
    finished = true;
    if (lineHasTokens) {
      pending.add(synthetic(PythonLexer.NEWLINE, "\n", eof));
    }
    for (; indentDepth > 0; indentDepth--) {
      pending.add(synthetic(PythonLexer.DEDENT, "<DEDENT>", eof));
    }
    pending.add(eof);
    return pending.poll();
  }

  private static int indentWidth(String newline, int tabSize) {
    int width = 0;
    for (int i = 0; i < newline.length(); i++) {
      switch (newline.charAt(i)) {
        case ' ' -> width++;
        case '\t' -> width += tabSize - (width % tabSize);
        case '\f' -> width = 0;
        default -> { } // the line break itself
      }
    }
    return width;
  }

  private Token synthetic(int type, String text, Token at) {
    CommonToken token = new CommonToken(_tokenFactorySourcePair, type, DEFAULT_TOKEN_CHANNEL,
        at.getStartIndex(), at.getStartIndex() - 1);
    token.setText(text);
    token.setLine(at.getLine());
    token.setCharPositionInLine(at.getCharPositionInLine());
    return token;
  }

  private static Token withText(Token token, String text) {
    CommonToken copy = new CommonToken(token);
    copy.setText(text);
    return copy;
  }
}
