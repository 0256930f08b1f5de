package io.seqtrace.analysis;

import io.seqtrace.merge.CodeFacts;
import io.seqtrace.project.Codebase;
import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.LoadedCodebase;
import io.seqtrace.project.PackagingFiles;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.TraceEngine;

/**
 * One analysed revision: the code read from git, parsed, indexed and ready to trace. Commands
 * that trace, merge, diff or check start here.
 *
 * @param revision the resolved ref
 * @param codebase the parsed modules and any syntax errors
 * @param engine the tracer over those modules
 */
public record Analysis(Revision revision, LoadedCodebase codebase, TraceEngine engine) {

  /** Reads the project's revision from {@code source}, parses it (through the cache when configured) and indexes it. */
  public static Analysis load(GitSource source, ResolvedProject project) {
    return load(source, project.revision(), project.options(), project.profile(), project.packaging());
  }

  /** As {@link #load(GitSource, ResolvedProject)}, for a project not resolved beforehand (tests, libraries). */
  public static Analysis load(GitSource source, String ref, LoadOptions options, Profile profile) {
    Revision revision = source.resolve(ref);
    return load(source, revision, options, profile, PackagingFiles.read(source, revision));
  }

  static Analysis load(GitSource source, Revision revision, LoadOptions options, Profile profile,
      PackagingFiles packaging) {
    LoadedCodebase codebase = Codebase.load(source, revision, options);
    // setup.cfg or pyproject.toml names the services (console_scripts, [project.scripts]); a tree
    // without either falls back to conventions.
    return new Analysis(revision, codebase, TraceEngine.build(codebase.modules(), packaging.scriptsText(), profile));
  }

  /** What the merge and check stages may ask of this revision's code. */
  public CodeFacts codeFacts() {
    return new CodeFacts() {
      @Override
      public boolean functionExists(String simpleName) {
        return engine.index().hasFunctionNamed(simpleName);
      }

      @Override
      public boolean pathExists(String path) {
        return engine.index().hasPath(path);
      }
    };
  }
}
