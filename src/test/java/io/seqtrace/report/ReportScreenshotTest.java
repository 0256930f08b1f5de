package io.seqtrace.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seqtrace.testing.TestRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders a fixture report in headless Chromium, when installed, to prove the pages load and draw. */
class ReportScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void operationPageDrawsInChromium() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
    TestRepo repo = MiniNovaReport.repo(dir);
    MiniNovaReport.write(repo, dir, MiniNovaReport.config(dir.resolve("out"), "2.0.0", Optional.of("1.0.0"),
        List.of("pause", "resize"), SourceLinks.DEFAULT_TEMPLATE), FindingSource.NONE);
    for (String page : List.of("index.html", "ops/resize.html")) {
      Path png = dir.resolve(page.replace('/', '_') + ".png");
      screenshot(dir.resolve("out").resolve(page), png);
      assertTrue(Files.exists(png), "no screenshot of " + page);
      assertTrue(Files.size(png) > 10_000, page + " screenshot is only " + Files.size(png) + " bytes");
    }
  }

  private void screenshot(Path page, Path png) throws IOException, InterruptedException {
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
        "--screenshot=" + png, "--window-size=1400,1000", page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
  }
}
