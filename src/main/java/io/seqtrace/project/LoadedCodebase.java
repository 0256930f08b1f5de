package io.seqtrace.project;

import io.seqtrace.cache.BlobCache;
import io.seqtrace.model.Module;
import io.seqtrace.python.SyntaxError;
import io.seqtrace.source.Revision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parsed Python files of one revision.
 *
 * @param revision the revision read
 * @param modules one model per readable file, sorted by path (files with syntax errors included,
 *     with what could be read; files that are not UTF-8 text left out)
 * @param errors syntax errors and unreadable files, sorted by path, line and column
 * @param files how many files were listed, readable or not
 * @param lines physical lines of the readable files
 * @param bytes size of all listed files
 * @param cacheStats model cache counters for this load; empty when no cache was used
 */
public record LoadedCodebase(Revision revision, List<Module> modules, List<SyntaxError> errors,
    int files, long lines, long bytes, Optional<BlobCache.Stats> cacheStats) {
  public LoadedCodebase {
    Objects.requireNonNull(revision, "revision");
    modules = List.copyOf(modules);
    errors = List.copyOf(errors);
    Objects.requireNonNull(cacheStats, "cacheStats");
  }

  /** True when every file was read and parsed without error. */
  public boolean ok() {
    return errors.isEmpty();
  }
}
