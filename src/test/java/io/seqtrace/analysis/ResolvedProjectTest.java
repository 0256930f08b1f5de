package io.seqtrace.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.PackagingFiles;
import io.seqtrace.source.Revision;
import io.seqtrace.trace.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which profile and directory a tree is read with: the project says, never a name in the code. */
class ResolvedProjectTest {
  private static final Revision REVISION = new Revision("1.0.0", "0123456789".repeat(4), Instant.EPOCH);
  private static final LoadOptions OPTIONS = LoadOptions.defaults().withThreads(1);
  private static final PackagingFiles UNNAMED = PackagingFiles.NONE;

  @TempDir Path tmp;

  private static PackagingFiles setupCfg(String name) {
    return new PackagingFiles("[metadata]\nname = " + name + "\n", "");
  }

  private static ResolvedProject resolve(PackagingFiles packaging, Optional<Profile> given, Optional<String> path) {
    return ResolvedProject.resolve(REVISION, packaging, given, path, OPTIONS);
  }

  @Test
  void aBuiltInProjectIsReadFromItsProfilesSourceRoot() {
    ResolvedProject project = resolve(setupCfg("cinder"), Optional.empty(), Optional.empty());
    assertEquals("cinder", project.profile().name());
    assertEquals("cinder", project.options().pathPrefix());
    assertEquals("setup.cfg:2", project.named().orElseThrow().where());
  }

  @Test
  void anyOtherProjectIsReadFromTheDirectoryOfItsName() {
    ResolvedProject project = resolve(new PackagingFiles("", "[project]\nname = \"watcher\"\n"), Optional.empty(),
        Optional.empty());
    assertEquals("watcher", project.profile().name());
    assertEquals("watcher", project.options().pathPrefix());
  }

  @Test
  void aTreeThatNamesNoProjectGetsTheDefaultProfileAndItsRoot() {
    ResolvedProject project = resolve(UNNAMED, Optional.empty(), Optional.empty());
    Profile expected = Profile.builtIn(Profile.DEFAULT_PROJECT);
    assertEquals(expected.name(), project.profile().name());
    assertEquals(expected.sourceRoot(), project.options().pathPrefix());
    assertEquals(Optional.empty(), project.named());
  }

  @Test
  void aProfileWithoutRootReadsTheProjectsDirectoryElseTheWholeTree() throws IOException {
    Path file = tmp.resolve("custom.json");
    Files.writeString(file, "{\"name\": \"custom\"}");
    Profile custom = Profile.named(file.toString());
    assertEquals("", custom.sourceRoot());
    assertEquals("watcher", resolve(setupCfg("watcher"), Optional.of(custom), Optional.empty()).options().pathPrefix());
    assertEquals("", resolve(UNNAMED, Optional.of(custom), Optional.empty()).options().pathPrefix());
  }

  @Test
  void pathAndProfileGivenWin() {
    Profile manila = Profile.builtIn("manila");
    ResolvedProject project = resolve(setupCfg("cinder"), Optional.of(manila), Optional.of("src/x"));
    assertSame(manila, project.profile());
    assertEquals("src/x", project.options().pathPrefix());
    assertEquals(OPTIONS.threads(), project.options().threads());
  }

  @Test
  void thePackagingFilesReadOnceAreKeptForTheAnalysis() {
    PackagingFiles packaging = setupCfg("cinder");
    ResolvedProject project = resolve(packaging, Optional.empty(), Optional.empty());
    assertSame(packaging, project.packaging());
    assertSame(REVISION, project.revision());
  }
}
