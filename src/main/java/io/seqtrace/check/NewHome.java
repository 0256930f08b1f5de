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
 * When several files have it, one in a directory and file of the same names wins (only a prefix
 * differs), then the one sharing the longest directory prefix with the old path.
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
      // `direct_engine.py create_cluster()` names a method without its class: a method of a file
      // of the same name counts too (the script's path may carry a wrong directory).
      for (ClassInfo c : index.classes()) {
        if (!c.path().equals(anchor.path()) && fileName(c.path()).equals(fileName(anchor.path()))) {
          index.function(c.qname() + "." + function).ifPresent(found::add);
        }
      }
    }
    return found.stream()
        .min(Comparator.comparingInt((FunctionInfo f) -> sameEnding(f.path(), anchor.path()) ? 0 : 1)
            .thenComparingInt(f -> -sharedPrefix(f.path(), anchor.path()))
            .thenComparing(FunctionInfo::path))
        .map(f -> f.path() + " " + f.localName() + "()");
  }

  /** The same directory and file name ({@code service/direct_engine.py}): only a prefix differs. */
  private static boolean sameEnding(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    return x.length >= 2 && y.length >= 2 && x[x.length - 1].equals(y[y.length - 1])
        && x[x.length - 2].equals(y[y.length - 2]);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
