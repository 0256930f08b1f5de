package io.seqtrace.check;

import io.seqtrace.sequence.SourceAnchor;
import io.seqtrace.trace.symbols.CodeIndex;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import io.seqtrace.trace.symbols.CodeIndex.FunctionInfo;
import io.seqtrace.trace.symbols.CodeIndex.ModuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the function an anchor names lives now when it left the anchored file: the same
 * {@code Class.method} (the class moved), or the same module-level function, in another file.
 * When several files have it, the one sharing the longest directory prefix with the old path wins.
 */
final class NewHome {
  private NewHome() {}

  /** {@code nova/api/openstack/compute/volumes.py VolumeAttachmentController.create}, or empty. */
  static Optional<String> of(SourceAnchor anchor, CodeIndex index) {
    String function = anchor.function();
    if (function.isEmpty()) {
      return Optional.empty();
    }
    List<FunctionInfo> found = new ArrayList<>();
    int dot = function.lastIndexOf('.');
    if (dot > 0) {
      String owner = function.substring(function.lastIndexOf('.', dot - 1) + 1, dot);
      String method = function.substring(dot + 1);
      for (ClassInfo c : index.classes()) {
        if (c.name().equals(owner) && !c.path().equals(anchor.path())) {
          index.function(c.qname() + "." + method).ifPresent(found::add);
        }
      }
    } else {
      for (ModuleInfo m : index.modules()) {
        if (!m.module().path().equals(anchor.path())) {
          index.function(m.module().name() + "." + function).ifPresent(found::add);
        }
      }
    }
    return found.stream()
        .min(Comparator.comparingInt((FunctionInfo f) -> -sharedPrefix(f.path(), anchor.path()))
            .thenComparing(FunctionInfo::path))
        .map(f -> f.path() + " " + f.localName() + "()");
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
