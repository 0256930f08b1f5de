package io.seqtrace.project;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Limits;
import io.seqtrace.model.Module;
import io.seqtrace.python.ParseResult;
import io.seqtrace.python.PythonSourceParser;
import io.seqtrace.python.SyntaxError;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import io.seqtrace.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Reads every Python module of a revision into the syntax model, in parallel, reusing cached
 * models of unchanged files.
 *
 * <p>Bad input never stops a load: syntax errors, binary files and files that are not UTF-8 are
 * collected as {@link SyntaxError}s and the other files load as usual. Files larger than
 * {@link Limits#maxFileBytes()} are reported at {@code 1:1} and skipped.
 */
public final class Codebase {
  private static final Comparator<SyntaxError> BY_POSITION = Comparator.comparing(SyntaxError::path)
      .thenComparingInt(SyntaxError::line)
      .thenComparingInt(SyntaxError::column)
      .thenComparing(SyntaxError::message);

  private Codebase() {}

  /**
   * Lists the {@code .py} files under {@code opts.pathPrefix()} at {@code rev} (leaving out
   * {@code tests} directories unless asked for), then reads and parses them on
   * {@code opts.threads()} threads.
   *
   * @throws InputException when the path does not exist at that revision
   */
  public static LoadedCodebase load(GitSource source, Revision rev, LoadOptions opts) {
    List<SourceFile> files = source.listFiles(rev, opts.pathPrefix(),
        path -> PythonPaths.isModule(path, opts.includeTests()));
    Optional<ModelCache> cache = opts.cacheDir().map(ModelCache::new);
    FileLoader loader = new FileLoader(source, new PythonSourceParser(), cache, Limits.maxFileBytes());
    List<FileResult> results = runAll(files.stream().map(f -> (Callable<FileResult>) () -> loader.load(f)).toList(),
        opts.threads());

    List<Module> modules = new ArrayList<>();
    List<SyntaxError> errors = new ArrayList<>();
    long lines = 0;
    for (FileResult result : results) {
      result.module().ifPresent(modules::add);
      errors.addAll(result.errors());
      lines += result.module().map(Module::lines).orElse(0);
    }
    errors.sort(BY_POSITION);
    long bytes = files.stream().mapToLong(SourceFile::size).sum();
    // files came sorted by path from listFiles and results keep that order, so modules are sorted.
    return new LoadedCodebase(rev, modules, errors, files.size(), lines, bytes, cache.map(ModelCache::stats));
  }

  private static <T> List<T> runAll(List<Callable<T>> tasks, int threads) {
    ExecutorService pool = ParserThreads.pool(threads);
    try {
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rethrows a task's failure as itself, so an InputException still reaches the user as one line. */
  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  /** The outcome for one file: its model unless it could not be read, and its errors. */
  private record FileResult(Optional<Module> module, List<SyntaxError> errors) {}

  /** Loads one file from the cache or by parsing it; shared by all parser threads. */
  private record FileLoader(GitSource source, PythonSourceParser parser, Optional<ModelCache> cache, long maxBytes) {
    FileResult load(SourceFile file) {
      // Checked before reading: the parser's memory grows with the token count, so a huge file is skipped unread.
      if (file.size() > maxBytes) {
        return new FileResult(Optional.empty(), List.of(new SyntaxError(file.path(), 1, 1,
            "file too large (" + file.size() + " bytes > limit " + maxBytes + "; raise with -D"
                + Limits.MAX_FILE_BYTES + ")")));
      }
      String name = PythonPaths.moduleName(file.path());
      Optional<ParseResult> cached = cache.flatMap(c -> c.get(file.blobId(), file.path(), name));
      if (cached.isPresent()) {
        return new FileResult(Optional.of(cached.get().module()), cached.get().errors());
      }
      String text;
      try {
        text = source.readText(file);
      } catch (InputException e) {
        return new FileResult(Optional.empty(), List.of(new SyntaxError(file.path(), 1, 1, withoutPath(e, file))));
      }
      ParseResult result = parser.parse(file.path(), name, text);
      cache.ifPresent(c -> c.put(file.blobId(), result));
      return new FileResult(Optional.of(result.module()), result.errors());
    }

    /** GitSource's messages start with the path, which the SyntaxError already carries. */
    private static String withoutPath(InputException e, SourceFile file) {
      String prefix = file.path() + ": ";
      String message = e.getMessage();
      return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
  }
}
