package io.seqtrace.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The name a project gives itself, from setup.cfg's [metadata] or pyproject.toml's [project]. */
class ProjectNameTest {

  @Test
  void setupCfgMetadataName() {
    assertEquals(Optional.of("cinder"), ProjectName.nameIn("""
        [metadata]
        name = cinder
        summary = OpenStack Block Storage
        """, "[metadata]"));
  }

  @Test
  void pyprojectNameQuotedAndFolded() {
    assertEquals(Optional.of("python_manila"), ProjectName.nameIn("""
        [build-system]
        requires = ["pbr>=6.0.0"]

        [project]
        name = "Python-Manila"
        """, "[project]"));
  }

  @Test
  void aNameInAnotherSectionIsNotTheProjects() {
    assertEquals(Optional.empty(), ProjectName.nameIn("[tool.x]\nname = other\n[metadata]\nsummary = s\n", "[metadata]"));
  }
}
