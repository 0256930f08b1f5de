package io.seqtrace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Builds small git repositories for tests, with a fixed author and clock so that every commit id
 * is the same on every machine and every run.
 *
 * <p>Example: a repository with two annotated tags and one file changed between them.
 *
 * <pre>{@code
 * TestRepo repo = TestRepos.builder(tempDir)
 *     .commit("first", Map.of("nova/a.py", "x = 1\n", "nova/b.py", "y = 1\n"))
 *     .tag("1.0.0")
 *     .commit("second", Map.of("nova/b.py", "y = 2\n"))   // a.py is carried over
 *     .tag("2.0.0")
 *     .build();
 * }</pre>
 *
 * <p>Files accumulate: each commit's tree is the previous tree plus the files given since, minus
 * those {@link Builder#delete deleted}. Commit n (from 0) is made by {@code seqtrace-test
 * <test@seqtrace.io>} at 2015-10-15T00:00:00Z plus n minutes, on branch {@code main}, which
 * {@code HEAD} points to. Objects are written straight into the object database; a non-bare
 * repository's work tree and index stay empty, which is all seqtrace (a reader of the object
 * database) needs.
 */
public final class TestRepos {
  /** The fixed identity and clock origin of every commit and tag. */
  public static final String NAME = "seqtrace-test";
  public static final String EMAIL = "test@seqtrace.io";
  public static final Instant EPOCH = Instant.parse("2015-10-15T00:00:00Z");

  private TestRepos() {}

  /** A builder for a non-bare repository in {@code dir} (its git directory is {@code dir/.git}). */
  public static Builder builder(Path dir) {
    return new Builder(dir);
  }

  /** In a fixture version directory: the name of the version whose tree it overlays. */
  public static final String BASE_FILE = "BASE";

  private static void addTree(Builder builder, Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!path.equals(BASE_FILE)) {
          builder.file(path, Files.readAllBytes(file));
        }
      }
    }
  }

  /**
   * A bare repository in {@code gitDir} with one commit per subdirectory of {@code fixtureDir}:
   * subdirectories are taken in lexicographic name order, each commit's tree is exactly that
   * subdirectory's content (overlaid on the version its {@code BASE} file names, if it has one),
   * and each commit gets an annotated tag named after its subdirectory.
   * So {@code fixtures/pause/12.0.0/nova/compute/api.py} becomes {@code nova/compute/api.py} at tag
   * {@code 12.0.0}. Name versions so that string order is version order ({@code 12.0.0} sorts
   * before {@code 9.0.0}).
   */
  public static TestRepo fromFixtureVersions(Path fixtureDir, Path gitDir) {
    Builder builder = builder(gitDir).bare();
    try (Stream<Path> versions = Files.list(fixtureDir)) {
      for (Path version : versions.filter(Files::isDirectory).sorted().toList()) {
        builder.deleteAll();
        // A version that only changes a few files names the version it starts from in a BASE
        // file (one line, e.g. "1.0.0") and holds just the changed files, instead of a full copy.
        Path base = version.resolve(BASE_FILE);
        if (Files.isRegularFile(base)) {
          addTree(builder, fixtureDir.resolve(Files.readString(base).strip()));
        }
        addTree(builder, version);
        String name = version.getFileName().toString();
        builder.commit("version " + name).tag(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /** Accumulates files, commits and refs; see {@link TestRepos} for the conventions. */
  public static final class Builder {
    private final Path dir;
    private boolean bare;
    private Repository repo;
    private final TreeMap<String, DirCacheEntry> tree = new TreeMap<>();
    private final List<String> commits = new ArrayList<>();

    private Builder(Path dir) {
      this.dir = dir;
    }

    /** Makes a bare repository whose git directory is {@code dir}; call before the first commit. */
    public Builder bare() {
      if (repo != null) {
        throw new IllegalStateException("bare() must come before the first commit");
      }
      bare = true;
      return this;
    }

    /** Adds or replaces a UTF-8 text file for the next commit. */
    public Builder file(String path, String content) {
      return file(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a file with exactly these bytes for the next commit. */
    public Builder file(String path, byte[] content) {
      return entry(path, FileMode.REGULAR_FILE, insert(Constants.OBJ_BLOB, content));
    }

    /** Adds a symbolic link pointing at {@code target}. */
    public Builder symlink(String path, String target) {
      return entry(path, FileMode.SYMLINK, insert(Constants.OBJ_BLOB, target.getBytes(StandardCharsets.UTF_8)));
    }

    /** Adds a submodule entry (a gitlink) pinned at {@code commitId}; that commit need not exist. */
    public Builder submodule(String path, String commitId) {
      return entry(path, FileMode.GITLINK, ObjectId.fromString(commitId));
    }

    /** Removes a file from the next commit. */
    public Builder delete(String path) {
      tree.remove(path);
      return this;
    }

    /** Removes every file, so the next commit holds only what is added after this. */
    public Builder deleteAll() {
      tree.clear();
      return this;
    }

    /** Adds {@code files} (path to UTF-8 text) and commits. */
    public Builder commit(String message, Map<String, String> files) {
      new TreeMap<>(files).forEach(this::file);
      return commit(message);
    }

    /** Commits the current tree on branch {@code main}. */
    public Builder commit(String message) {
      try (ObjectInserter inserter = repo().newObjectInserter()) {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        tree.values().forEach(builder::add);
        builder.finish();
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(index.writeTree(inserter));
        if (!commits.isEmpty()) {
          commit.setParentId(ObjectId.fromString(head()));
        }
        PersonIdent ident = ident(commits.size());
        commit.setAuthor(ident);
        commit.setCommitter(ident);
        commit.setMessage(message + "\n");
        ObjectId id = inserter.insert(commit);
        inserter.flush();
        commits.add(id.name());
        return ref(Constants.R_HEADS + "main");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** An annotated tag on the last commit, tagged at that commit's time. */
    public Builder tag(String name) {
      try (ObjectInserter inserter = repo().newObjectInserter()) {
        TagBuilder tag = new TagBuilder();
        tag.setObjectId(ObjectId.fromString(head()), Constants.OBJ_COMMIT);
        tag.setTag(name);
        tag.setTagger(ident(commits.size() - 1));
        tag.setMessage(name + "\n");
        ObjectId id = inserter.insert(tag);
        inserter.flush();
        return setRef(Constants.R_TAGS + name, id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A lightweight tag (a plain ref) on the last commit. */
    public Builder lightweightTag(String name) {
      return ref(Constants.R_TAGS + name);
    }

    /** A branch at the last commit (the builder keeps committing on {@code main}). */
    public Builder branch(String name) {
      return ref(Constants.R_HEADS + name);
    }

    /** Any ref, such as {@code refs/remotes/origin/stable}, at the last commit. */
    public Builder ref(String fullName) {
      return setRef(fullName, ObjectId.fromString(head()));
    }

    /** Closes the repository and describes it. */
    public TestRepo build() {
      repo().close();
      return new TestRepo(dir, commits);
    }

    private String head() {
      if (commits.isEmpty()) {
        throw new IllegalStateException("no commit yet");
      }
      return commits.get(commits.size() - 1);
    }

    /** Commit n is made n minutes after {@link #EPOCH}, so ids do not depend on the clock. */
    private static PersonIdent ident(int commitIndex) {
      Instant when = EPOCH.plusSeconds(60L * commitIndex);
      return new PersonIdent(NAME, EMAIL, when, ZoneOffset.UTC);
    }

    private Builder entry(String path, FileMode mode, ObjectId id) {
      DirCacheEntry entry = new DirCacheEntry(path);
      entry.setFileMode(mode);
      entry.setObjectId(id);
      tree.put(path, entry);
      return this;
    }

    private ObjectId insert(int type, byte[] content) {
      try (ObjectInserter inserter = repo().newObjectInserter()) {
        ObjectId id = inserter.insert(type, content);
        inserter.flush();
        return id;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Builder setRef(String name, ObjectId id) {
      try {
        RefUpdate update = repo().updateRef(name);
        update.setNewObjectId(id);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result == RefUpdate.Result.REJECTED || result == RefUpdate.Result.LOCK_FAILURE
            || result == RefUpdate.Result.IO_FAILURE) {
          throw new IllegalStateException("cannot set " + name + ": " + result);
        }
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Repository repo() {
      if (repo == null) {
        try {
          FileRepositoryBuilder builder = new FileRepositoryBuilder();
          if (bare) {
            builder.setGitDir(dir.toFile()).setBare();
          } else {
            builder.setGitDir(dir.resolve(Constants.DOT_GIT).toFile()).setWorkTree(dir.toFile());
          }
          repo = builder.build();
          repo.create(bare);
          // Fixed, not init.defaultBranch from the developer's ~/.gitconfig.
          repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + "main");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return repo;
    }
  }
}
