package io.seqtrace.python;

import io.seqtrace.model.Expr;
import io.seqtrace.model.Expr.Argument;
import io.seqtrace.model.Module;
import io.seqtrace.model.Parameter;
import io.seqtrace.model.Stmt;
import io.seqtrace.python.antlr.PythonParser;
import io.seqtrace.python.antlr.PythonParser.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Walks one parse tree and builds the syntax model; one short method per grammar rule.
 *
 * <p>It tolerates the partial trees that error recovery leaves behind: a missing child becomes
 * an empty list or a placeholder name, never an exception.
 */
final class ModelBuilder {

  private final String path;
  private final String moduleName;
  private final int lines;

  ModelBuilder(String path, String moduleName, int lines) {
    this.path = path;
    this.moduleName = moduleName;
    this.lines = lines;
  }

  Module build(File_inputContext ctx) {
    List<Stmt> body = new ArrayList<>();
    for (StmtContext stmt : ctx.stmt()) {
      stmt(stmt, body);
    }
    return new Module(path, moduleName, lines, body);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private void stmt(StmtContext ctx, List<Stmt> out) {
    if (ctx.simple_stmts() != null) {
      simpleStmts(ctx.simple_stmts(), out);
    } else if (ctx.compound_stmt() != null) {
      compound(ctx.compound_stmt(), out);
    }
  }

  private void simpleStmts(Simple_stmtsContext ctx, List<Stmt> out) {
    for (Simple_stmtContext s : ctx.simple_stmt()) {
      out.add(simple(s));
    }
  }

  private Stmt simple(Simple_stmtContext ctx) {
    int line = line(ctx);
    if (ctx.expr_stmt() != null) {
      return exprStmt(ctx.expr_stmt());
    }
    if (ctx.flow_stmt() != null) {
      return flow(ctx.flow_stmt());
    }
    if (ctx.import_stmt() != null) {
      return importStmt(ctx.import_stmt());
    }
    if (ctx.print_stmt() != null) {
      return new Stmt.Simple("print", tests(ctx.print_stmt().test()), line);
    }
    if (ctx.exec_stmt() != null) {
      List<Expr> values = new ArrayList<>();
      values.add(expr(ctx.exec_stmt().expr()));
      values.addAll(tests(ctx.exec_stmt().test()));
      return new Stmt.Simple("exec", values, line);
    }
    if (ctx.del_stmt() != null) {
      return new Stmt.Simple("del", exprlist(ctx.del_stmt().exprlist()), line);
    }
    if (ctx.global_stmt() != null) {
      return new Stmt.Simple("global", names(ctx.global_stmt().name()), line);
    }
    if (ctx.nonlocal_stmt() != null) {
      return new Stmt.Simple("nonlocal", names(ctx.nonlocal_stmt().name()), line);
    }
    if (ctx.assert_stmt() != null) {
      return new Stmt.Simple("assert", tests(ctx.assert_stmt().test()), line);
    }
    return new Stmt.Simple("pass", List.of(), line);
  }

  private Stmt exprStmt(Expr_stmtContext ctx) {
    int line = line(ctx);
    Expr first = testlistStarExpr(ctx.targets);
    if (ctx.annassign() != null) {
      AnnassignContext ann = ctx.annassign();
      if (ann.yield_expr() != null) {
        return new Stmt.Assign(List.of(first), "=", yieldExpr(ann.yield_expr()), line);
      }
      if (ann.testlist_star_expr() != null) {
        return new Stmt.Assign(List.of(first), "=", testlistStarExpr(ann.testlist_star_expr()), line);
      }
      return new Stmt.Simple("annotation", List.of(first, test(ann.annotation)), line);
    }
    if (ctx.augassign() != null) {
      Expr value = ctx.yield_expr().isEmpty() ? testlist(ctx.testlist()) : yieldExpr(ctx.yield_expr(0));
      return new Stmt.Assign(List.of(first), ctx.augassign().getText(), value, line);
    }
    // a = b = value: every part but the last is a target, in source order.
    List<Expr> parts = new ArrayList<>();
    parts.add(first);
    for (ParseTree child : ctx.children) {
      if (child instanceof Testlist_star_exprContext t && t != ctx.targets) {
        parts.add(testlistStarExpr(t));
      } else if (child instanceof Yield_exprContext y) {
        parts.add(yieldExpr(y));
      }
    }
    if (parts.size() == 1) {
      return new Stmt.ExprStmt(first, line);
    }
    return new Stmt.Assign(parts.subList(0, parts.size() - 1), "=", parts.get(parts.size() - 1), line);
  }

  private Stmt flow(Flow_stmtContext ctx) {
    int line = line(ctx);
    if (ctx instanceof ReturnStmtContext r) {
      return new Stmt.Return(Optional.ofNullable(r.testlist_star_expr()).map(this::testlistStarExpr), line);
    }
    if (ctx instanceof RaiseStmtContext r) {
      return new Stmt.Raise(r.test().isEmpty() ? Optional.empty() : Optional.of(test(r.test(0))), line);
    }
    if (ctx instanceof YieldStmtContext y) {
      return new Stmt.ExprStmt(yieldExpr(y.yield_expr()), line);
    }
    if (ctx instanceof BreakStmtContext) {
      return new Stmt.Simple("break", List.of(), line);
    }
    return new Stmt.Simple("continue", List.of(), line);
  }

  private Stmt importStmt(Import_stmtContext ctx) {
    int line = line(ctx);
    if (ctx instanceof ImportNameContext in) {
      List<Stmt.Alias> aliases = new ArrayList<>();
      for (Dotted_as_nameContext d : in.dotted_as_name()) {
        aliases.add(new Stmt.Alias(d.dotted_name().getText(), d.alias == null ? "" : d.alias.getText()));
      }
      return new Stmt.Import(aliases, line);
    }
    ImportFromContext from = (ImportFromContext) ctx;
    int level = from.DOT().size() + 3 * from.ELLIPSIS().size();
    String module = from.dotted_name() == null ? "" : from.dotted_name().getText();
    List<Stmt.Alias> aliases = new ArrayList<>();
    Import_targetsContext targets = from.import_targets();
    if (targets.STAR() != null) {
      aliases.add(new Stmt.Alias("*", ""));
    } else {
      for (Import_as_nameContext n : targets.import_as_name()) {
        aliases.add(new Stmt.Alias(n.name(0).getText(), n.alias == null ? "" : n.alias.getText()));
      }
    }
    return new Stmt.ImportFrom(module, level, aliases, line);
  }

  private void compound(Compound_stmtContext ctx, List<Stmt> out) {
    ParseTree c = ctx.getChild(0);
    if (c instanceof If_stmtContext s) {
      out.add(ifStmt(s));
    } else if (c instanceof FuncdefContext f) {
      out.add(funcdef(f, List.of(), false));
    } else if (c instanceof ClassdefContext k) {
      out.add(classdef(k, List.of()));
    } else if (c instanceof DecoratedContext d) {
      out.add(decorated(d));
    } else if (c instanceof Try_stmtContext t) {
      out.add(tryStmt(t));
    } else if (c instanceof With_stmtContext w) {
      out.add(withStmt(w));
    } else if (c instanceof For_stmtContext f) {
      out.add(forStmt(f));
    } else if (c instanceof While_stmtContext w) {
      out.add(new Stmt.While(namedexprTest(w.namedexpr_test()), block(w.body), block(w.orelse), line(w)));
    } else if (c instanceof Async_stmtContext a) {
      out.add(asyncStmt(a, List.of()));
    } else if (c instanceof Match_stmtContext m) {
      out.add(matchStmt(m));
    }
  }

  private Stmt ifStmt(If_stmtContext ctx) {
    // Build the elif chain from the back: each elif is an If alone in the previous orElse.
    List<Stmt> orElse = block(ctx.orelse);
    List<Elif_clauseContext> elifs = ctx.elif_clause();
    for (int i = elifs.size() - 1; i >= 0; i--) {
      Elif_clauseContext e = elifs.get(i);
      orElse = List.of(new Stmt.If(namedexprTest(e.namedexpr_test()), block(e.block()), orElse, line(e)));
    }
    return new Stmt.If(namedexprTest(ctx.cond), block(ctx.block(0)), orElse, line(ctx));
  }

  private Stmt forStmt(For_stmtContext ctx) {
    return new Stmt.For(exprlistAsOne(ctx.exprlist()), testlist(ctx.testlist()), block(ctx.body),
        block(ctx.orelse), line(ctx));
  }

  private Stmt tryStmt(Try_stmtContext ctx) {
    List<Stmt.Handler> handlers = new ArrayList<>();
    for (Except_clauseContext e : ctx.except_clause()) {
      Optional<Expr> type = e.test().isEmpty() ? Optional.empty() : Optional.of(test(e.test(0)));
      String name = e.target == null ? "" : e.target.getText();
      handlers.add(new Stmt.Handler(type, name, block(e.block()), line(e)));
    }
    return new Stmt.Try(block(ctx.body), handlers, block(ctx.orelse), block(ctx.finalbody), line(ctx));
  }

  private Stmt withStmt(With_stmtContext ctx) {
    List<Stmt.WithItem> items = new ArrayList<>();
    for (With_itemContext item : ctx.with_item()) {
      items.add(new Stmt.WithItem(test(item.test()), Optional.ofNullable(item.target).map(this::expr)));
    }
    return new Stmt.With(items, block(ctx.block()), line(ctx));
  }

  private Stmt matchStmt(Match_stmtContext ctx) {
    List<Stmt.Case> cases = new ArrayList<>();
    for (Case_blockContext c : ctx.case_block()) {
      List<Expr> patterns = new ArrayList<>();
      for (PatternContext p : c.pattern()) {
        patterns.add(p.star_expr() != null ? starExpr(p.star_expr()) : expr(p.expr()));
      }
      cases.add(new Stmt.Case(patterns, Optional.ofNullable(c.guard).map(this::namedexprTest),
          block(c.block()), line(c)));
    }
    return new Stmt.Match(testlistStarExpr(ctx.subject), cases, line(ctx));
  }

  private Stmt decorated(DecoratedContext ctx) {
    List<Expr> decorators = new ArrayList<>();
    for (DecoratorContext d : ctx.decorator()) {
      decorators.add(namedexprTest(d.namedexpr_test()));
    }
    if (ctx.classdef() != null) {
      return classdef(ctx.classdef(), decorators);
    }
    if (ctx.funcdef() != null) {
      return funcdef(ctx.funcdef(), decorators, false);
    }
    return asyncStmt(ctx.async_stmt(), decorators);
  }

  private Stmt asyncStmt(Async_stmtContext ctx, List<Expr> decorators) {
    if (ctx.funcdef() != null) {
      return funcdef(ctx.funcdef(), decorators, true);
    }
    if (ctx.with_stmt() != null) {
      return withStmt(ctx.with_stmt());
    }
    return forStmt(ctx.for_stmt());
  }

  private Stmt.FunctionDef funcdef(FuncdefContext ctx, List<Expr> decorators, boolean async) {
    List<Parameter> params = new ArrayList<>();
    if (ctx.parameters() != null) {

      for (ParamContext p : ctx.parameters().param()) {
        if (p instanceof PlainParamContext plain) {
          params.add(new Parameter(tfpdefName(plain.tfpdef()), Parameter.Kind.PLAIN,
              Optional.ofNullable(plain.default_).map(this::test)));
        } else if (p instanceof StarParamContext star) {

          params.add(star.tfpdef() == null
              ? new Parameter("*", Parameter.Kind.KEYWORD_ONLY_MARKER, Optional.empty())
              : new Parameter(tfpdefName(star.tfpdef()), Parameter.Kind.VAR_POSITIONAL, Optional.empty()));
        } else if (p instanceof KwargsParamContext kw) {
          params.add(new Parameter(tfpdefName(kw.tfpdef()), Parameter.Kind.VAR_KEYWORD, Optional.empty()));
        } else {
          params.add(new Parameter("/", Parameter.Kind.POSITIONAL_ONLY_MARKER, Optional.empty()));
        }
      }
    }
    String name = ctx.name() == null ? "<missing>" : ctx.name().getText();
    return new Stmt.FunctionDef(name, params, decorators, block(ctx.block()), async, line(ctx), endLine(ctx));
  }

  private String tfpdefName(TfpdefContext ctx) {
    if (ctx.name() != null) {
      return ctx.name().getText();
    }
    List<String> parts = new ArrayList<>();
    for (TfpdefContext inner : ctx.tfpdef()) {
      parts.add(tfpdefName(inner));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  private String vfpdefName(VfpdefContext ctx) {
    if (ctx.name() != null) {
      return ctx.name().getText();
    }
    List<String> parts = new ArrayList<>();
    for (VfpdefContext inner : ctx.vfpdef()) {
      parts.add(vfpdefName(inner));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  private Stmt.ClassDef classdef(ClassdefContext ctx, List<Expr> decorators) {
    List<Expr> bases = ctx.arglist() == null ? List.of()
        : arguments(ctx.arglist()).stream().map(Argument::value).toList();
    String name = ctx.name() == null ? "<missing>" : ctx.name().getText();
    return new Stmt.ClassDef(name, bases, decorators, block(ctx.block()), line(ctx), endLine(ctx));
  }

  private List<Stmt> block(BlockContext ctx) {
    if (ctx == null) {
      return List.of();
    }
    List<Stmt> out = new ArrayList<>();
    if (ctx.simple_stmts() != null) {
      simpleStmts(ctx.simple_stmts(), out);
    } else {
      for (StmtContext s : ctx.stmt()) {
        stmt(s, out);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  private Expr namedexprTest(Namedexpr_testContext ctx) {
    if (ctx == null) {
      return missing();
    }
    Expr value = test(ctx.test());
    if (ctx.name() != null) {
      return new Expr.Operation(":=", List.of(name(ctx.name()), value), line(ctx), col(ctx));
    }
    return value;
  }

  private Expr test(TestContext ctx) {
    if (ctx == null) {
      return missing();
    }
    if (ctx instanceof ExprTestContext e) {
      return expr(e.expr());
    }
    if (ctx instanceof CompareTestContext c) {
      String op = c.comp_op().getChildCount() == 2
          ? c.comp_op().getChild(0).getText() + " " + c.comp_op().getChild(1).getText()
          : c.comp_op().getText();
      return new Expr.Operation(op, List.of(test(c.test(0)), test(c.test(1))), line(c), col(c));
    }
    if (ctx instanceof NotTestContext n) {
      return new Expr.Operation("not", List.of(test(n.test())), line(n), col(n));
    }
    if (ctx instanceof AndTestContext a) {
      return new Expr.Operation("and", List.of(test(a.test(0)), test(a.test(1))), line(a), col(a));
    }
    if (ctx instanceof OrTestContext o) {
      return new Expr.Operation("or", List.of(test(o.test(0)), test(o.test(1))), line(o), col(o));
    }
    if (ctx instanceof ConditionalTestContext c) {
      return new Expr.Conditional(test(c.test(1)), test(c.test(0)), test(c.test(2)), line(c), col(c));
    }
    LambdaTestContext l = (LambdaTestContext) ctx;
    return new Expr.Lambda(lambdaParams(l.lambda_params()), test(l.test()), line(l), col(l));
  }

  private List<Parameter> lambdaParams(Lambda_paramsContext ctx) {
    if (ctx == null) {
      return List.of();
    }
    List<Parameter> params = new ArrayList<>();
    for (LparamContext p : ctx.lparam()) {
      if (p instanceof PlainLambdaParamContext plain) {
        params.add(new Parameter(vfpdefName(plain.vfpdef()), Parameter.Kind.PLAIN,
            Optional.ofNullable(plain.default_).map(this::test)));
      } else if (p instanceof StarLambdaParamContext star) {
        params.add(star.vfpdef() == null
            ? new Parameter("*", Parameter.Kind.KEYWORD_ONLY_MARKER, Optional.empty())
            : new Parameter(vfpdefName(star.vfpdef()), Parameter.Kind.VAR_POSITIONAL, Optional.empty()));
      } else if (p instanceof KwargsLambdaParamContext kw) {
        params.add(new Parameter(vfpdefName(kw.vfpdef()), Parameter.Kind.VAR_KEYWORD, Optional.empty()));
      } else {
        params.add(new Parameter("/", Parameter.Kind.POSITIONAL_ONLY_MARKER, Optional.empty()));
      }
    }
    return params;
  }

  private Expr expr(ExprContext ctx) {
    if (ctx == null) {
      return missing();
    }
    if (ctx instanceof AtomExprContext a) {
      Expr value = atom(a.atom());
      for (TrailerContext t : a.trailer()) {
        value = trailer(value, t, line(a), col(a));
      }
      if (a.AWAIT() != null) {
        value = new Expr.Operation("await", List.of(value), line(a), col(a));
      }
      return value;
    }
    if (ctx instanceof PowerExprContext p) {
      return new Expr.Operation("**", List.of(expr(p.expr(0)), expr(p.expr(1))), line(p), col(p));
    }
    if (ctx instanceof UnaryExprContext u) {
      return new Expr.Operation(u.op.getText(), List.of(expr(u.expr())), line(u), col(u));
    }
    BinaryExprContext b = (BinaryExprContext) ctx;
    return new Expr.Operation(b.op.getText(), List.of(expr(b.expr(0)), expr(b.expr(1))), line(b), col(b));
  }

  /** Like CPython's AST, a trailer's node starts where the whole primary expression starts. */
  private Expr trailer(Expr value, TrailerContext ctx, int line, int col) {
    if (ctx instanceof CallTrailerContext c) {
      List<Argument> args = c.arglist() == null ? List.of() : arguments(c.arglist());
      return new Expr.Call(value, args, line, col);
    }
    if (ctx instanceof AttributeTrailerContext a) {
      String attr = a.name() == null ? "<missing>" : a.name().getText();
      return new Expr.Attribute(value, attr, line, col);
    }
    SubscriptTrailerContext s = (SubscriptTrailerContext) ctx;
    List<Expr> index = new ArrayList<>();
    for (SubscriptContext sub : s.subscriptlist().subscript()) {
      index.add(subscript(sub));
    }
    return new Expr.Subscript(value, index, line, col);
  }

  private Expr subscript(SubscriptContext ctx) {
    if (ctx instanceof IndexSubscriptContext i) {
      return namedexprTest(i.namedexpr_test());
    }
    if (ctx instanceof StarSubscriptContext s) {
      return starExpr(s.star_expr());
    }
    SliceSubscriptContext s = (SliceSubscriptContext) ctx;
    List<Expr> parts = new ArrayList<>();
    for (TestContext t : new TestContext[] {s.lower, s.upper, s.step}) {
      if (t != null) {
        parts.add(test(t));
      }
    }
    return new Expr.Operation("slice", parts, line(s), col(s));
  }

  private List<Argument> arguments(ArglistContext ctx) {
    List<Argument> args = new ArrayList<>();
    for (ArgumentContext a : ctx.argument()) {
      if (a instanceof KeywordArgumentContext k) {
        args.add(new Argument(Argument.Kind.KEYWORD, k.name().getText(), test(k.test())));
      } else if (a instanceof StarArgumentContext s) {
        args.add(new Argument(Argument.Kind.STAR, "", test(s.test())));
      } else if (a instanceof KwargsArgumentContext k) {
        args.add(new Argument(Argument.Kind.DOUBLE_STAR, "", test(k.test())));
      } else if (a instanceof NamedArgumentContext n) {
        args.add(new Argument(Argument.Kind.POSITIONAL, "",
            new Expr.Operation(":=", List.of(name(n.name()), test(n.test())), line(n), col(n))));
      } else {
        PositionalArgumentContext p = (PositionalArgumentContext) a;
        Expr value = test(p.test());
        if (p.comp_for() != null) {
          value = comprehension("generator", value, p.comp_for(), line(p), col(p));
        }
        args.add(new Argument(Argument.Kind.POSITIONAL, "", value));
      }
    }
    return args;
  }

  private Expr atom(AtomContext ctx) {
    if (ctx instanceof NameAtomContext n) {
      return name(n.name());
    }
    if (ctx instanceof StringAtomContext s) {
      return string(s);
    }
    if (ctx instanceof NumberAtomContext n) {
      return new Expr.Num(n.getText(), line(n), col(n));
    }
    if (ctx instanceof ParenAtomContext p) {
      if (p.yield_expr() != null) {
        return yieldExpr(p.yield_expr());
      }
      if (p.testlist_comp() == null) {
        return new Expr.Collection("tuple", List.of(), line(p), col(p));
      }
      return testlistComp(p.testlist_comp(), "tuple", line(p), col(p));
    }
    if (ctx instanceof ListAtomContext l) {
      if (l.testlist_comp() == null) {
        return new Expr.Collection("list", List.of(), line(l), col(l));
      }
      return testlistComp(l.testlist_comp(), "list", line(l), col(l));
    }
    if (ctx instanceof DictAtomContext d) {
      return dictOrSet(d);
    }
    if (ctx instanceof ReprAtomContext r) {
      return new Expr.Operation("repr", List.of(testlist(r.testlist())), line(r), col(r));
    }
    return new Expr.Operation("...", List.of(), line(ctx), col(ctx));
  }

  private Expr testlistComp(Testlist_compContext ctx, String kind, int line, int col) {
    List<Expr> elements = new ArrayList<>();
    for (ParseTree child : ctx.children) {
      if (child instanceof Namedexpr_testContext n) {
        elements.add(namedexprTest(n));
      } else if (child instanceof Star_exprContext s) {
        elements.add(starExpr(s));
      }
    }
    if (ctx.comp_for() != null) {
      return comprehension(kind.equals("tuple") ? "generator" : kind, elements.get(0), ctx.comp_for(), line, col);
    }
    // (x) is x itself; (x,) is a tuple.
    if (kind.equals("tuple") && elements.size() == 1 && ctx.COMMA().isEmpty()) {
      return elements.get(0);
    }
    return new Expr.Collection(kind, elements, line, col);
  }

  private Expr dictOrSet(DictAtomContext ctx) {
    DictorsetmakerContext d = ctx.dictorsetmaker();
    if (d == null) {
      return new Expr.Collection("dict", List.of(), line(ctx), col(ctx));
    }
    List<Expr> elements = new ArrayList<>();
    boolean isDict = !d.dict_entry().isEmpty();
    if (isDict) {
      for (Dict_entryContext e : d.dict_entry()) {
        if (e instanceof KeyValueEntryContext kv) {
          elements.add(test(kv.key));
          elements.add(test(kv.value));
        } else {
          UnpackEntryContext u = (UnpackEntryContext) e;
          elements.add(new Expr.Operation("**", List.of(expr(u.expr())), line(u), col(u)));
        }
      }
    } else {
      for (ParseTree child : d.children) {
        if (child instanceof TestContext t) {
          elements.add(test(t));
        } else if (child instanceof Star_exprContext s) {
          elements.add(starExpr(s));
        }
      }
    }
    String kind = isDict ? "dict" : "set";
    if (d.comp_for() != null) {
      Expr element = isDict && elements.size() >= 2
          ? new Expr.Collection("tuple", elements.subList(0, 2), line(ctx), col(ctx))
          : elements.get(0);
      return comprehension(kind, element, d.comp_for(), line(ctx), col(ctx));
    }
    return new Expr.Collection(kind, elements, line(ctx), col(ctx));
  }

  /** A comprehension keeps its element, targets, iterables and conditions as operands, in source order. */
  private Expr comprehension(String kind, Expr element, Comp_forContext first, int line, int col) {
    List<Expr> operands = new ArrayList<>();
    operands.add(element);
    Comp_forContext forCtx = first;
    while (forCtx != null) {
      operands.add(exprlistAsOne(forCtx.exprlist()));
      operands.add(test(forCtx.test()));
      Comp_iterContext iter = forCtx.comp_iter();
      forCtx = null;
      while (iter != null) {
        if (iter.comp_for() != null) {
          forCtx = iter.comp_for();
          break;
        }
        operands.add(test(iter.test()));
        iter = iter.comp_iter();
      }
    }
    return new Expr.Operation(kind + " comprehension", operands, line, col);
  }

  private Expr yieldExpr(Yield_exprContext ctx) {
    List<Expr> operands = new ArrayList<>();
    String op = "yield";
    if (ctx.test() != null) {
      op = "yield from";
      operands.add(test(ctx.test()));
    } else if (ctx.testlist_star_expr() != null) {
      operands.add(testlistStarExpr(ctx.testlist_star_expr()));
    }
    return new Expr.Operation(op, operands, line(ctx), col(ctx));
  }

  private Expr starExpr(Star_exprContext ctx) {
    return new Expr.Operation("*", List.of(expr(ctx.expr())), line(ctx), col(ctx));
  }

  private Expr testlistStarExpr(Testlist_star_exprContext ctx) {
    if (ctx == null) {
      return missing();
    }
    List<Expr> items = new ArrayList<>();
    for (ParseTree child : ctx.children) {
      if (child instanceof TestContext t) {
        items.add(test(t));
      } else if (child instanceof Star_exprContext s) {
        items.add(starExpr(s));
      }
    }
    return tupleUnlessSingle(items, ctx.COMMA().isEmpty(), ctx);
  }

  private Expr testlist(TestlistContext ctx) {
    if (ctx == null) {
      return missing();
    }
    return tupleUnlessSingle(tests(ctx.test()), ctx.COMMA().isEmpty(), ctx);
  }

  private List<Expr> exprlist(ExprlistContext ctx) {
    List<Expr> items = new ArrayList<>();
    if (ctx == null) {
      return items;
    }
    for (ParseTree child : ctx.children) {
      if (child instanceof ExprContext e) {
        items.add(expr(e));
      } else if (child instanceof Star_exprContext s) {
        items.add(starExpr(s));
      }
    }
    return items;
  }

  private Expr exprlistAsOne(ExprlistContext ctx) {
    if (ctx == null) {
      return missing();
    }
    return tupleUnlessSingle(exprlist(ctx), ctx.COMMA().isEmpty(), ctx);
  }

  private Expr tupleUnlessSingle(List<Expr> items, boolean noComma, ParserRuleContext ctx) {
    if (items.size() == 1 && noComma) {
      return items.get(0);
    }
    return new Expr.Collection("tuple", items, line(ctx), col(ctx));
  }

  private List<Expr> tests(List<TestContext> ctxs) {
    List<Expr> out = new ArrayList<>(ctxs.size());
    for (TestContext t : ctxs) {
      out.add(test(t));
    }
    return out;
  }

  private List<Expr> names(List<NameContext> ctxs) {
    List<Expr> out = new ArrayList<>(ctxs.size());
    for (NameContext n : ctxs) {
      out.add(name(n));
    }
    return out;
  }

  private Expr.Name name(NameContext ctx) {
    return new Expr.Name(ctx.getText(), line(ctx), col(ctx));
  }

  private Expr string(StringAtomContext ctx) {
    StringBuilder value = new StringBuilder();
    for (TerminalNode s : ctx.STRING()) {
      value.append(StringLiterals.content(s.getText()));
    }
    return new Expr.Str(value.toString(), line(ctx), col(ctx));
  }

  private Expr missing() {
    return new Expr.Name("<missing>", 0, 0);
  }

  private static int line(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    return start == null ? 0 : start.getLine();
  }

  private static int col(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    return start == null ? 0 : start.getCharPositionInLine() + 1;
  }

  private static int endLine(ParserRuleContext ctx) {
    Token stop = ctx.getStop();
    return stop == null ? line(ctx) : stop.getLine();
  }

}
