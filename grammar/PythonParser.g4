/*
 * seqtrace's own Python parser, written from the Python language reference
 * (https://docs.python.org/3/reference/grammar.html and the 2.7 edition's grammar).
 *
 * One grammar accepts Python 2.7 and 3.x: print and exec statements, `except E, e:`, backticks,
 * `<>`, tuple parameters next to async/await, walrus, annotations, positional-only parameters,
 * match statements (patterns are read as expressions) and PEP 614 decorators. It accepts a
 * superset of each version; seqtrace reads code, it does not validate it.
 *
 * Expressions use ANTLR's left-recursive precedence rules (two rules, `test` for boolean and
 * conditional operators and `expr` for arithmetic and bitwise ones) instead of a chain of a
 * dozen rules, which keeps the call stack shallow and prediction cheap.
 */
parser grammar PythonParser;

options { tokenVocab = PythonLexer; }

file_input : ( NEWLINE | stmt )* EOF ;

stmt
  : simple_stmts
  | compound_stmt
  ;

simple_stmts : simple_stmt ( SEMI simple_stmt )* SEMI? NEWLINE ;

// expr_stmt comes first so that `print(x)` and `exec(code)` read as calls when both fit.
simple_stmt
  : expr_stmt
  | print_stmt
  | exec_stmt
  | del_stmt
  | pass_stmt
  | flow_stmt
  | import_stmt
  | global_stmt
  | nonlocal_stmt
  | assert_stmt
  ;

expr_stmt
  : targets=testlist_star_expr
    ( annassign
    | augassign ( yield_expr | testlist )
    | ( ASSIGN ( yield_expr | testlist_star_expr ) )*
    )
  ;

annassign : COLON annotation=test ( ASSIGN ( yield_expr | testlist_star_expr ) )? ;

augassign
  : ADD_ASSIGN | SUB_ASSIGN | MULT_ASSIGN | AT_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
  | OR_ASSIGN | XOR_ASSIGN | LSHIFT_ASSIGN | RSHIFT_ASSIGN | POWER_ASSIGN | IDIV_ASSIGN
  ;

print_stmt
  : PRINT ( RSHIFT test ( ( COMMA test )+ COMMA? )? | ( test ( COMMA test )* COMMA? )? )
  ;

exec_stmt : EXEC expr ( IN test ( COMMA test )? )? ;

del_stmt : DEL exprlist ;

pass_stmt : PASS ;

flow_stmt
  : BREAK                               #breakStmt
  | CONTINUE                            #continueStmt
  | RETURN testlist_star_expr?          #returnStmt
  | RAISE ( test ( FROM test | COMMA test ( COMMA test )? )? )? #raiseStmt
  | yield_expr                          #yieldStmt
  ;

import_stmt
  : IMPORT dotted_as_name ( COMMA dotted_as_name )*                    #importName
  | FROM ( DOT | ELLIPSIS )* dotted_name IMPORT import_targets         #importFrom
  | FROM ( DOT | ELLIPSIS )+ IMPORT import_targets                     #importFrom
  ;

import_targets
  : STAR
  | LPAR import_as_name ( COMMA import_as_name )* COMMA? RPAR
  | import_as_name ( COMMA import_as_name )* COMMA?
  ;

import_as_name : name ( AS alias=name )? ;
dotted_as_name : dotted_name ( AS alias=name )? ;
dotted_name    : name ( DOT name )* ;

global_stmt   : GLOBAL name ( COMMA name )* ;
nonlocal_stmt : NONLOCAL name ( COMMA name )* ;
assert_stmt   : ASSERT test ( COMMA test )? ;

compound_stmt
  : if_stmt
  | while_stmt
  | for_stmt
  | try_stmt
  | with_stmt
  | funcdef
  | classdef
  | decorated
  | async_stmt
  | match_stmt
  ;

async_stmt : ASYNC ( funcdef | with_stmt | for_stmt ) ;

if_stmt
  : IF cond=namedexpr_test COLON block elif_clause* ( ELSE COLON orelse=block )?
  ;

elif_clause : ELIF namedexpr_test COLON block ;

while_stmt : WHILE namedexpr_test COLON body=block ( ELSE COLON orelse=block )? ;

for_stmt : FOR exprlist IN testlist COLON body=block ( ELSE COLON orelse=block )? ;

try_stmt
  : TRY COLON body=block
    ( except_clause+ ( ELSE COLON orelse=block )? ( FINALLY COLON finalbody=block )?
    | FINALLY COLON finalbody=block
    )
  ;

// `except E, e:` is Python 2; `except* E` is Python 3.11.
except_clause : EXCEPT STAR? ( test ( ( AS | COMMA ) target=test )? )? COLON block ;

with_stmt
  : WITH ( LPAR with_item ( COMMA with_item )* COMMA? RPAR | with_item ( COMMA with_item )* ) COLON block
  ;

with_item : test ( AS target=expr )? ;

block
  : simple_stmts
  | NEWLINE INDENT stmt+ DEDENT
  ;

decorated : decorator+ ( classdef | funcdef | async_stmt ) ;

decorator : AT namedexpr_test NEWLINE ;

funcdef : DEF name LPAR parameters? RPAR ( ARROW result=test )? COLON block ;

parameters : param ( COMMA param )* COMMA? ;

param
  : tfpdef ( ASSIGN default_=test )?   #plainParam
  | STAR tfpdef?                        #starParam
  | POWER tfpdef                        #kwargsParam
  | DIV                                 #slashParam
  ;

// `(a, b)` is a Python 2 tuple parameter.
tfpdef
  : name ( COLON annotation=test )?
  | LPAR tfpdef ( COMMA tfpdef )* COMMA? RPAR
  ;

lambda_params : lparam ( COMMA lparam )* COMMA? ;

lparam
  : vfpdef ( ASSIGN default_=test )?    #plainLambdaParam
  | STAR vfpdef?                         #starLambdaParam
  | POWER vfpdef                         #kwargsLambdaParam
  | DIV                                  #slashLambdaParam
  ;

vfpdef
  : name
  | LPAR vfpdef ( COMMA vfpdef )* COMMA? RPAR
  ;

classdef : CLASS name ( LPAR arglist? RPAR )? COLON block ;

match_stmt : MATCH subject=testlist_star_expr COLON NEWLINE INDENT case_block+ DEDENT ;

// Patterns are read as expressions (`Point(x=0)`, `[a, *rest]`, `1 | 2`), plus `as` captures.
case_block : CASE pattern ( COMMA pattern )* COMMA? ( IF guard=namedexpr_test )? COLON block ;

pattern : ( star_expr | expr ) ( AS name )? ;

// ---------------------------------------------------------------------------------------------
// Expressions

namedexpr_test : ( name WALRUS )? test ;

test
  : expr                                        #exprTest
  | test comp_op test                           #compareTest
  | NOT test                                    #notTest
  | test AND test                               #andTest
  | test OR test                                #orTest
  | <assoc=right> test IF test ELSE test        #conditionalTest
  | LAMBDA lambda_params? COLON test            #lambdaTest
  ;

comp_op
  : LT | GT | EQ | GE | LE | NE | NE_OLD | IN | NOT IN | IS | IS NOT
  ;

expr
  : AWAIT? atom trailer*                         #atomExpr
  | <assoc=right> expr POWER expr                #powerExpr
  | op=( ADD | MINUS | NOT_OP ) expr             #unaryExpr
  | expr op=( STAR | DIV | MOD | IDIV | AT ) expr #binaryExpr
  | expr op=( ADD | MINUS ) expr                 #binaryExpr
  | expr op=( LSHIFT | RSHIFT ) expr             #binaryExpr
  | expr op=AND_OP expr                          #binaryExpr
  | expr op=XOR expr                             #binaryExpr
  | expr op=OR_OP expr                           #binaryExpr
  ;

star_expr : STAR expr ;

atom
  : LPAR ( yield_expr | testlist_comp )? RPAR    #parenAtom
  | LSQB testlist_comp? RSQB                     #listAtom
  | LBRACE dictorsetmaker? RBRACE                #dictAtom
  | BACKQUOTE testlist BACKQUOTE                 #reprAtom
  | name                                         #nameAtom
  | NUMBER                                       #numberAtom
  | STRING+                                      #stringAtom
  | ELLIPSIS                                     #ellipsisAtom
  ;

name : NAME | ASYNC | AWAIT | PRINT | EXEC | MATCH | CASE ;

trailer
  : LPAR arglist? RPAR                           #callTrailer
  | LSQB subscriptlist RSQB                      #subscriptTrailer
  | DOT name                                     #attributeTrailer
  ;

testlist_comp
  : ( namedexpr_test | star_expr ) ( comp_for | ( COMMA ( namedexpr_test | star_expr ) )* COMMA? )
  ;

subscriptlist : subscript ( COMMA subscript )* COMMA? ;

subscript
  : namedexpr_test                               #indexSubscript
  | lower=test? COLON upper=test? ( COLON step=test? )? #sliceSubscript
  | star_expr                                    #starSubscript
  ;

exprlist : ( expr | star_expr ) ( COMMA ( expr | star_expr ) )* COMMA? ;

testlist : test ( COMMA test )* COMMA? ;

testlist_star_expr : ( test | star_expr ) ( COMMA ( test | star_expr ) )* COMMA? ;

dictorsetmaker
  : dict_entry ( comp_for | ( COMMA dict_entry )* COMMA? )
  | ( test | star_expr ) ( comp_for | ( COMMA ( test | star_expr ) )* COMMA? )
  ;

dict_entry
  : key=test COLON value=test                    #keyValueEntry
  | POWER expr                                   #unpackEntry
  ;

arglist : argument ( COMMA argument )* COMMA? ;

argument
  : name ASSIGN test                             #keywordArgument
  | name WALRUS test                             #namedArgument
  | STAR test                                    #starArgument
  | POWER test                                   #kwargsArgument
  | test comp_for?                               #positionalArgument
  ;

comp_for : ASYNC? FOR exprlist IN test comp_iter? ;

comp_iter
  : comp_for
  | IF test comp_iter?
  ;

yield_expr : YIELD ( FROM test | testlist_star_expr )? ;
