package io.seqtrace.analysis;

import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.PackagingFiles;
import io.seqtrace.project.ProjectName;
import io.seqtrace.source.Revision;
import io.seqtrace.trace.Profile;
import java.util.Objects;
import java.util.Optional;

/**
 * A project at one revision as seqtrace reads it, resolved once and handed to every stage: the
 * profile, what of the tree to read, and the packaging files that name the project and its
 * services (so no stage reads them again).
 *
 * @param revision the resolved ref
 * @param profile what seqtrace knows of the project beyond its code
 * @param options what to read of the tree and how
 * @param packaging setup.cfg and pyproject.toml at {@code revision}
 */
public record ResolvedProject(Revision revision, Profile profile, LoadOptions options, PackagingFiles packaging) {
  public ResolvedProject {
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(packaging, "packaging");
  }

  /**
   * The project {@code packaging} describes at {@code revision}. The profile is {@code given}, else
   * the one for the name the tree gives itself ({@link Profile#DEFAULT_PROJECT}'s when it names
   * none). The directory read is {@code path}, else the profile's source root, else the project's
   * name (OpenStack keeps a project's code in a directory of that name), else the whole tree.
   */
  public static ResolvedProject resolve(Revision revision, PackagingFiles packaging, Optional<Profile> given,
      Optional<String> path, LoadOptions options) {
    Optional<String> name = packaging.named().map(ProjectName.Named::name);
    Profile profile = given.orElseGet(() -> Profile.forProject(name.orElse(Profile.DEFAULT_PROJECT)));
    String root = path.orElseGet(() -> !profile.sourceRoot().isEmpty() ? profile.sourceRoot() : name.orElse(""));
    return new ResolvedProject(revision, profile, options.withPathPrefix(root), packaging);
  }

  /** The name the tree gives itself and where it says so; empty when it names none. */
  public Optional<ProjectName.Named> named() {
    return packaging.named();
  }
}
