/*
 * seqtrace's own Python lexer, written from the Python language reference
 * (https://docs.python.org/3/reference/lexical_analysis.html and the 2.7 edition).
 *
 * One lexer for Python 2.7 and 3.x: words that are keywords in one version and names in the
 * other (print, exec, async, await, match, case) get their own token types and the parser
 * accepts them wherever a name is allowed.
 *
 * Indentation is not handled by predicates or actions here (predicates on the left edge of
 * lexer rules defeat ANTLR's DFA cache and make lexing many times slower): NEWLINE carries
 * the next line's leading white space and PythonLexerBase.nextToken() turns it into
 * NEWLINE / INDENT / DEDENT, dropping line breaks inside brackets and on blank lines.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

tokens { INDENT, DEDENT }

// Keywords of both versions.
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// Words that are keywords in one version (or context) and ordinary names in another.
ASYNC : 'async';
AWAIT : 'await';
PRINT : 'print';
EXEC  : 'exec';
MATCH : 'match';
CASE  : 'case';

NAME : ID_START ID_CONTINUE* ;

NUMBER
  : ( INTEGER | FLOAT ) [jJlL]?
  ;

STRING
  : STRING_PREFIX? ( LONG_STRING_SQ | LONG_STRING_DQ | SHORT_STRING_SQ | SHORT_STRING_DQ )
  ;

// A line break plus the next line's indentation; see PythonLexerBase.
NEWLINE : ( '\r'? '\n' | '\r' ) [ \t\f]* ;

LPAR   : '(';
RPAR   : ')';
LSQB   : '[';
RSQB   : ']';
LBRACE : '{';
RBRACE : '}';

ELLIPSIS : '...';
DOT      : '.';
COMMA    : ',';
COLON    : ':';
SEMI     : ';';
ARROW    : '->';
WALRUS   : ':=';
BACKQUOTE: '`';

POWER   : '**';
STAR    : '*';
IDIV    : '//';
DIV     : '/';
MOD     : '%';
AT      : '@';
ADD     : '+';
MINUS   : '-';
LSHIFT  : '<<';
RSHIFT  : '>>';
AND_OP  : '&';
XOR     : '^';
OR_OP   : '|';
NOT_OP  : '~';

LT     : '<';
GT     : '>';
EQ     : '==';
GE     : '>=';
LE     : '<=';
NE     : '!=';
NE_OLD : '<>';

ASSIGN      : '=';
ADD_ASSIGN  : '+=';
SUB_ASSIGN  : '-=';
MULT_ASSIGN : '*=';
AT_ASSIGN   : '@=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
LSHIFT_ASSIGN : '<<=';
RSHIFT_ASSIGN : '>>=';
POWER_ASSIGN  : '**=';
IDIV_ASSIGN   : '//=';

SKIP_ : ( [ \t\f]+ | LINE_JOINING ) -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;

// Anything else is one bad character; the parser reports it with its position.
ERROR_CHAR : . ;

fragment LINE_JOINING : '\\' [ \t]* ( '\r'? '\n' | '\r' ) ;

fragment STRING_PREFIX
  : [rRuUbBfF]
  | [uUbBfF] [rR]
  | [rR] [uUbBfF]
  ;

fragment SHORT_STRING_SQ : '\'' ( '\\' . | ~[\\\r\n'] )* '\'' ;
fragment SHORT_STRING_DQ : '"' ( '\\' . | ~[\\\r\n"] )* '"' ;
fragment LONG_STRING_SQ  : '\'\'\'' ( '\\' . | ~'\\' )*? '\'\'\'' ;
fragment LONG_STRING_DQ  : '"""' ( '\\' . | ~'\\' )*? '"""' ;

// Decimal (including Python 2 octal such as 0777), hexadecimal, octal and binary integers.
fragment INTEGER
  : DIGITS
  | '0' [xX] ( '_'? [0-9a-fA-F] )+
  | '0' [oO] ( '_'? [0-7] )+
  | '0' [bB] ( '_'? [01] )+
  ;

fragment FLOAT
  : DIGITS? '.' DIGITS EXPONENT?
  | DIGITS '.' EXPONENT?
  | DIGITS EXPONENT
  ;

fragment DIGITS   : [0-9] ( '_'? [0-9] )* ;
fragment EXPONENT : [eE] [+-]? DIGITS ;

fragment ID_START    : [\p{ID_Start}] | '_' ;
fragment ID_CONTINUE : [\p{ID_Continue}] ;
