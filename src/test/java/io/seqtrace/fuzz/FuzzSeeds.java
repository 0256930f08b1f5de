package io.seqtrace.fuzz;

import io.seqtrace.wsd.WsdTestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seed inputs for the fuzz tests, read in place at run time: our own test resources, a few
 * mininova fixtures and, when present, the shared openstack-workflow corpus (which must not be
 * copied into this repository).
 */
final class FuzzSeeds {
  /** Enough fixtures to cover the Nova shapes without slowing the regression run. */
  private static final int MININOVA_FILES = 8;

  private FuzzSeeds() {}

  static List<Path> python() {
    Path root = WsdTestFiles.projectDir();
    List<Path> seeds = new ArrayList<>(list(root.resolve("src/test/resources/python"), 1, ".py"));
    seeds.addAll(list(root.resolve("fixtures/mininova"), 10, ".py").stream()
        .filter(FuzzSeeds::nonEmpty).limit(MININOVA_FILES).toList());
    return seeds;
  }

  static List<Path> wsd() {
    List<Path> seeds = new ArrayList<>(WsdTestFiles.fixtures());
    seeds.addAll(WsdTestFiles.corpusScripts());
    return seeds;
  }

  /**
   * In fuzzing mode ({@code JAZZER_FUZZ} set), copies the seeds into the corpus directory Jazzer
   * starts from, {@code .cifuzz-corpus/<class>/<method>/}; in regression mode does nothing, since
   * the seeds then run as plain parameterized tests.
   */
  static void installForFuzzing(Class<?> test, String method, List<Path> seeds) {
    String fuzz = System.getenv("JAZZER_FUZZ");
    if (fuzz == null || fuzz.isEmpty()) {
      return;
    }
    Path dir = WsdTestFiles.projectDir().resolve(".cifuzz-corpus").resolve(test.getName()).resolve(method);
    try {
      Files.createDirectories(dir);
      for (Path seed : seeds) {
        Files.copy(seed, dir.resolve("seed-" + seed.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean nonEmpty(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> list(Path dir, int depth, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir, depth)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
