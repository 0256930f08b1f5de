package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import java.util.ArrayList;
import java.util.List;

/** Renders an expression back to short Python text for fragment guards and labels. */
public final class ExprText {
  private static final int MAX = 70;

  private ExprText() {}

  public static String of(Expr e) {
    String text = render(e);
    return text.length() > MAX ? text.substring(0, MAX - 3) + "..." : text;
  }

  private static String render(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    } else if (e instanceof Expr.Attribute a) {
      return render(a.value()) + "." + a.attr();
    } else if (e instanceof Expr.Call c) {
      List<String> args = new ArrayList<>();
      for (Expr.Argument arg : c.args()) {
        String v = render(arg.value());
        args.add(switch (arg.kind()) {
          case KEYWORD -> arg.name() + "=" + v;
          case STAR -> "*" + v;
          case DOUBLE_STAR -> "**" + v;
          case POSITIONAL -> v;
        });
      }
      return render(c.func()) + "(" + String.join(", ", args) + ")";
    } else if (e instanceof Expr.Str s) {
      return "'" + s.value() + "'";
    } else if (e instanceof Expr.Num n) {
      return n.text();
    } else if (e instanceof Expr.Subscript s) {
      List<String> parts = new ArrayList<>();
      s.index().forEach(i -> parts.add(render(i)));
      return render(s.value()) + "[" + String.join(", ", parts) + "]";
    } else if (e instanceof Expr.Conditional c) {
      return render(c.body()) + " if " + render(c.test()) + " else " + render(c.orElse());
    } else if (e instanceof Expr.Collection c) {
      List<String> parts = new ArrayList<>();
      c.elements().forEach(i -> parts.add(render(i)));
      String body = String.join(", ", parts);
      return switch (c.kind()) {
        case "list" -> "[" + body + "]";
        case "tuple" -> "(" + body + ")";
        default -> "{" + body + "}";
      };
    } else if (e instanceof Expr.Operation op) {
      List<Expr> ops = op.operands();
      if (ops.size() == 2 && !op.op().contains("comprehension")) {
        return render(ops.get(0)) + " " + op.op() + " " + render(ops.get(1));
      }
      if (ops.size() == 1) {
        String sep = op.op().matches("[a-z ]+") ? " " : "";
        return op.op() + sep + render(ops.get(0));
      }
      return op.op();
    } else if (e instanceof Expr.Lambda) {
      return "lambda";
    }
    return "?";
  }

  /** The last name in a dotted value: {@code task_states.PAUSING} → {@code PAUSING}. */
  public static String shortValue(Expr e) {
    if (e instanceof Expr.Attribute a) {
      return a.attr();
    }
    return of(e);
  }
}
