package io.seqtrace.source;

import io.seqtrace.error.InputException;
import io.seqtrace.error.Suggestions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.FS;

/**
 * Read-only access to the files of a git repository at a given revision, straight from the
 * object database; the only class in seqtrace that talks to JGit.
 *
 * <p>Reading blobs ({@link #read}, {@link #readBlob}, {@link #readText}) is safe from many threads
 * at once; each call uses its own {@code ObjectReader}, which is cheap next to inflating a blob.
 */
public final class GitSource implements AutoCloseable {
  private final Repository repo;
  /** The repository as the user named it, used in every message. */
  private final String name;

  private GitSource(Repository repo, String name) {
    this.repo = repo;
    this.name = name;
  }

  /**
   * Opens {@code repo}: a local bare repository or the top directory of a work tree, or a URL
   * ({@code https://}, {@code git://}, {@code ssh://}, {@code file://}, {@code git@host:path}),
   * which is mirrored once into {@code cacheDir/repos/} and reused without fetching afterwards.
   * {@code cacheDir} (usually {@code CacheDirs.defaultCacheDir()}) is only used for URLs.
   *
   * @throws InputException with a one-line message when the repository cannot be opened or cloned
   */
  public static GitSource open(String repo, Path cacheDir, ProgressSink progress) {
    Objects.requireNonNull(repo, "repo");
    RepoLocation location = RepoLocation.parse(repo);
    if (location.url()) {
      Path gitDir = MirrorCache.mirror(location, cacheDir, progress);
      String shown = location.display(); // never the password of a URL given with credentials
      return new GitSource(build(new FileRepositoryBuilder().setGitDir(gitDir.toFile()), shown), shown);
    }
    return new GitSource(openLocal(repo), repo);
  }

  private static Repository openLocal(String text) {
    Path dir;
    try {
      dir = Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new InputException("--repo " + text + ": no such directory");
    }
    if (!Files.exists(dir)) {
      throw new InputException("--repo " + text + ": no such directory");
    }
    if (!Files.isDirectory(dir)) {
      throw new InputException("--repo " + text + ": not a directory");
    }
    if (Files.exists(dir.resolve(Constants.DOT_GIT))) {
      // setWorkTree follows a .git file too (linked work trees, submodules).
      return build(new FileRepositoryBuilder().setWorkTree(dir.toFile()), text);
    }
    if (RepositoryCache.FileKey.isGitRepository(dir.toFile(), FS.DETECTED)) {
      return build(new FileRepositoryBuilder().setGitDir(dir.toFile()), text);
    }
    // Deliberately no upward search like git's: a subdirectory would silently mean the whole repo.
    for (Path up = dir.getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up.resolve(Constants.DOT_GIT))) {
        throw new InputException("--repo " + text + ": not a git repository (it is inside the work tree of "
            + up + "; pass that directory)");
      }
    }
    throw new InputException("--repo " + text + ": not a git repository");
  }

  private static Repository build(FileRepositoryBuilder builder, String text) {
    try {
      // No readEnvironment(): GIT_DIR and friends must not redirect what the user named.
      return builder.setMustExist(true).build();
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException("--repo " + text + ": not a git repository (" + e.getMessage() + ")", e);
    }
  }

  /** The repository as the user named it. */
  public String name() {
    return name;
  }

  /**
   * Resolves a tag (annotated or lightweight, peeled to its commit), branch, remote branch, full or
   * abbreviated commit id, or {@code HEAD}.
   *
   * @throws InputException naming the ref and suggesting a real tag when it does not resolve
   */
  public Revision resolve(String ref) {
    Objects.requireNonNull(ref, "ref");
    ObjectId id;
    try {
      id = repo.resolve(ref);
    } catch (AmbiguousObjectException e) {
      throw new InputException("ambiguous commit id '" + ref + "' in " + name + " (give more digits)");
    } catch (RevisionSyntaxException e) {
      id = null;
    } catch (IOException e) {
      throw unreadable(e);
    }
    if (id == null) {
      throw unknownRef(ref);
    }
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit commit = walk.parseCommit(id);
      return new Revision(ref, commit.name(), Instant.ofEpochSecond(commit.getCommitTime()));
    } catch (IncorrectObjectTypeException e) {
      throw new InputException("ref '" + ref + "' in " + name + " is not a commit");
    } catch (MissingObjectException e) {
      throw unknownRef(ref);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  private InputException unknownRef(String ref) {
    List<String> tags = refNames(Constants.R_TAGS);
    String hint = RefHints.closestTag(ref, tags)
        .map(tag -> "try a tag such as " + tag + ", a branch or a commit id")
        .orElse("try a tag, a branch or a commit id");
    List<String> names = new ArrayList<>(tags);
    names.addAll(refNames(Constants.R_HEADS));
    return new InputException(Suggestions.unknown("ref", ref, " in " + name,
        Suggestions.closest(ref, names, RefHints.preferring(ref, tags)), hint));
  }

  /** The names of every tag, in string order (for {@code history}, which picks and orders releases itself). */
  public List<String> tags() {
    return refNames(Constants.R_TAGS).stream().sorted().toList();
  }

  private List<String> refNames(String prefix) {
    try {
      return repo.getRefDatabase().getRefsByPrefix(prefix).stream()
          .map(Ref::getName)
          .map(n -> n.substring(prefix.length()))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** All regular files of {@code rev} under {@code pathPrefix} ({@code ""} for the whole tree). */
  public List<SourceFile> listFiles(Revision rev, String pathPrefix) {
    return listFiles(rev, pathPrefix, path -> true);
  }

  /**
   * The regular files of {@code rev} under {@code pathPrefix} whose path passes {@code pathFilter},
   * sorted by path; symbolic links and submodules are left out.
   *
   * @param pathPrefix a directory (or file) path from the root, {@code ""} for the whole tree
   * @throws InputException when {@code pathPrefix} does not exist in that revision
   */
  public List<SourceFile> listFiles(Revision rev, String pathPrefix, Predicate<String> pathFilter) {
    String prefix = normalizePrefix(pathPrefix);
    List<SourceFile> files = new ArrayList<>();
    try (ObjectReader reader = repo.newObjectReader();
        RevWalk walk = new RevWalk(reader);
        TreeWalk tree = new TreeWalk(repo, reader)) {
      RevCommit commit = parseCommit(walk, rev);
      if (!prefix.isEmpty()) {
        requirePath(reader, commit, prefix, rev);
        tree.setFilter(PathFilter.create(prefix));
      }
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      while (tree.next()) {
        if ((tree.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          continue; // symlink or gitlink: not source we can read
        }
        String path = tree.getPathString();
        if (pathFilter.test(path)) {
          ObjectId blob = tree.getObjectId(0);
          files.add(new SourceFile(path, blob.name(), reader.getObjectSize(blob, Constants.OBJ_BLOB)));
        }
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    // Tree order puts "a/" after "a.py"; plain string order is what reports and diffs expect.
    files.sort(Comparator.comparing(SourceFile::path));
    return List.copyOf(files);
  }

  private static String normalizePrefix(String pathPrefix) {
    String prefix = Objects.requireNonNull(pathPrefix, "pathPrefix").strip();
    while (prefix.startsWith("./")) {
      prefix = prefix.substring(2);
    }
    return prefix.replaceAll("^/+|/+$", "");
  }

  private void requirePath(ObjectReader reader, RevCommit commit, String prefix, Revision rev)
      throws IOException {
    try (TreeWalk probe = TreeWalk.forPath(repo, reader, prefix, commit.getTree())) {
      if (probe == null) {
        throw new InputException("path '" + prefix + "' not found at " + rev.ref() + " in " + name);
      }
    }
  }

  private RevCommit parseCommit(RevWalk walk, Revision rev) throws IOException {
    try {
      return walk.parseCommit(ObjectId.fromString(rev.commitId()));
    } catch (MissingObjectException | IncorrectObjectTypeException e) {
      throw new InputException("commit " + rev.commitId() + " not found in " + name);
    }
  }

  /** The content of {@code file}. */
  public byte[] read(SourceFile file) {
    return readBlob(file.blobId());
  }

  /** The content of blob {@code blobId}; safe to call from many threads at once. */
  public byte[] readBlob(String blobId) {
    try (ObjectReader reader = repo.newObjectReader()) {
      // getBytes copies: the loader's own array may be shared with JGit's delta base cache.
      return reader.open(ObjectId.fromString(blobId), Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * The content of {@code file} as strictly decoded UTF-8 text, a leading BOM dropped.
   *
   * @throws InputException {@code path: binary file (NUL byte at offset N)} or {@code path: not
   *     valid UTF-8 text (byte 0xff at offset N)}
   */
  public String readText(SourceFile file) {
    return TextDecoding.utf8(file.path(), read(file));
  }

  /** The content of the regular file at {@code path} in {@code rev}, empty when there is none. */
  public Optional<byte[]> readFile(Revision rev, String path) {
    try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
      RevCommit commit = parseCommit(walk, rev);
      try (TreeWalk entry = TreeWalk.forPath(repo, reader, path, commit.getTree())) {
        if (entry == null || (entry.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
          return Optional.empty();
        }
        return Optional.of(reader.open(entry.getObjectId(0), Constants.OBJ_BLOB).getBytes(Integer.MAX_VALUE));
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * A missing or damaged object as one line naming the repository and what to do; any other
   * failure to read (a file system error) as is, for the command's environment-error report.
   */
  private RuntimeException unreadable(IOException e) {
    if (e instanceof MissingObjectException missing) {
      return new InputException(name + ": object " + missing.getObjectId().name() + " is missing; the repository is"
          + " damaged or incomplete (run 'git fsck', or clone it again)", e);
    }
    if (e instanceof org.eclipse.jgit.errors.CorruptObjectException) {
      return new InputException(name + ": damaged object: " + e.getMessage() + " (run 'git fsck', or clone it again)", e);
    }
    return new UncheckedIOException(e);
  }

  @Override
  public void close() {
    repo.close();
  }
}
