package io.seqtrace.trace.interp;

import io.seqtrace.model.Expr;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.Binding;
import java.util.List;
import java.util.Optional;

/**
 * Literal tables a module declares ({@code ACTION_RPCS = {'attach': 'attach_volume'}}, {@code
 * SYNCHRONOUS = ('attach',)}), here or through a star import: membership ({@code x in TABLE}) and
 * subscripts ({@code TABLE[key]}) with a known key.
 */
final class LiteralTables {

  private final Evaluator ev;
  private final CodeIndex index;

  LiteralTables(Evaluator ev, CodeIndex index) {
    this.ev = ev;
    this.index = index;
  }

  /** The literal a module global is assigned, here or in a module this one star-imports. */
  private Optional<Binding.Assigned> assignedGlobal(String module, String name, int depth) {
    Optional<CodeIndex.ModuleInfo> info = index.module(module);
    if (info.isEmpty() || depth > 3) {
      return Optional.empty();
    }
    Binding b = info.get().globals().get(name);
    if (b instanceof Binding.Assigned a) {
      return Optional.of(a);
    }
    if (b instanceof Binding.ImportedName imported) {
      return assignedGlobal(imported.module(), imported.name(), depth + 1);
    }
    if (b == null) {
      for (String star : info.get().starImports()) {
        Optional<Binding.Assigned> found = assignedGlobal(star, name, depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code ACTION_RPCS[action]} of a dict literal (here or a module global) with a known key, an
   * item of a tuple or list literal, or of a tuple value, by a known index.
   */
  Value subscript(Expr.Subscript sub, Scope s) {
    Value key = ev.concrete(ev.eval(sub.index().get(0), s));
    if (!(key instanceof Value.Const k) || k.value() == null) {
      return Value.UNKNOWN;
    }
    if (ev.eval(sub.value(), s) instanceof Value.Tuple t && k.value() instanceof Long i && i >= 0 && i < t.items().size()) {
      return t.items().get(i.intValue());
    }
    Scope.Origin at = s.trace(sub.value(), 4);
    Expr literal = at.expr();
    Scope where = at.scope();
    if (literal instanceof Expr.Name n && where.lookup(n.id()).isEmpty()) {
      Optional<Binding.Assigned> a = assignedGlobal(where.module, n.id(), 0);
      if (a.isPresent()) {
        literal = a.get().value();
        where = Scope.moduleScope(a.get().module());
      }
    }
    if (!(literal instanceof Expr.Collection c)) {
      return Value.UNKNOWN;
    }
    List<Expr> els = c.elements();
    if (c.kind().equals("dict")) {
      for (int i = 0; i + 1 < els.size(); i += 2) {
        if (ev.concrete(ev.eval(els.get(i), where)) instanceof Value.Const key2 && k.value().equals(key2.value())) {
          return ev.eval(els.get(i + 1), where);
        }
      }
      return Value.UNKNOWN;
    }
    if ((c.kind().equals("tuple") || c.kind().equals("list")) && k.value() instanceof Long i && i >= 0 && i < els.size()) {
      return ev.eval(els.get(i.intValue()), where);
    }
    return Value.UNKNOWN;
  }

  /**
   * {@code x in MAPPING} where {@code x} is a known string and {@code MAPPING} a literal (here, or
   * a global of this module): a deprecated-name table no longer decides which driver is loaded.
   */
  Optional<Boolean> membership(Expr item, Expr container, Scope s) {
    if (!(ev.concrete(ev.eval(item, s)) instanceof Value.Const k) || !(k.value() instanceof String wanted)) {
      return Optional.empty();
    }
    Expr literal = s.trace(container, 4).expr();
    if (literal instanceof Expr.Name n && s.lookup(n.id()).isEmpty()) {
      literal = assignedGlobal(s.module, n.id(), 0).map(Binding.Assigned::value).orElse(literal);
    }
    if (!(literal instanceof Expr.Collection c)) {
      return Optional.empty();
    }
    boolean dict = c.kind().equals("dict");
    for (int i = 0; i < c.elements().size(); i += dict ? 2 : 1) {
      if (!(c.elements().get(i) instanceof Expr.Str key)) {
        return Optional.empty(); // a computed member could be anything
      }
      if (key.value().equals(wanted)) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }
}
