package io.seqtrace.testing;

import java.nio.file.Path;
import java.util.List;

/**
 * A git repository made by {@link TestRepos}.
 *
 * @param dir what a user would pass as {@code --repo}: the git directory of a bare repository, the
 *     work tree of a non-bare one
 * @param commits the commit ids in the order they were made
 */
public record TestRepo(Path dir, List<String> commits) {
  public TestRepo {
    commits = List.copyOf(commits);
  }

  /** The id of the last commit. */
  public String head() {
    return commits.get(commits.size() - 1);
  }

  /** {@code file://} URL of this repository, for clone tests that must not touch the network. */
  public String url() {
    return dir.toUri().toString();
  }
}
