package io.seqtrace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.seqtrace.error.Limits;
import io.seqtrace.testing.TestRepo;
import io.seqtrace.testing.TestRepos;
import io.seqtrace.wsd.WsdTestFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clones against loopback servers that misbehave: one that accepts and never answers must fail
 * within the timeout with one line and leave no temporary directory; temporaries of a killed run
 * are removed at the next clone; and the password of a URL given with credentials appears in no
 * output, message or cached file.
 */
class NetworkAndSecretsTest {
  private static final String PASSWORD = "s3cr3t-pw-7781";
  @TempDir Path dir;
  private Path cache;
  private String oldTimeout;

  @BeforeEach
  void setUp() {
    cache = dir.resolve("cache");
    oldTimeout = System.setProperty(Limits.NETWORK_TIMEOUT, "1");
  }

  @AfterEach
  void restore() {
    if (oldTimeout == null) {
      System.clearProperty(Limits.NETWORK_TIMEOUT);
    } else {
      System.setProperty(Limits.NETWORK_TIMEOUT, oldTimeout);
    }
  }

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A server that accepts every connection and never sends a byte. */
  private static final class SilentServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> held = new ArrayList<>();
    private final Thread acceptor;

    SilentServer() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket s = socket.accept();
            synchronized (held) {
              held.add(s);
            }
          }
        } catch (IOException closed) {
          // close() ends the loop
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url(String userInfo) {
      return "http://" + userInfo + "127.0.0.1:" + socket.getLocalPort() + "/nova.git";
    }

    @Override
    public void close() throws IOException {
      socket.close();
      synchronized (held) {
        for (Socket s : held) {
          s.close();
        }
      }
    }
  }

  private List<String> reposEntries() throws IOException {
    Path repos = cache.resolve("repos");
    if (!Files.isDirectory(repos)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(repos)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aServerThatNeverAnswersFailsWithinTheTimeoutWithOneLine() throws IOException {
    try (SilentServer server = new SilentServer()) {
      String url = server.url("");
      Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> run("ops", "--repo", url, "--ref", "1.0.0", "--cache-dir", cache.toString()));
      assertEquals(2, outcome.exit(), outcome.err());
      assertEquals("Cloning " + url + " into " + cache.resolve("repos/127.0.0.1_" + url.split("[:/]")[4]
          + "+nova.git") + "\nseqtrace: " + url + ": cannot clone: no answer from the server within 1 s (raise with"
          + " -Dseqtrace.networkTimeout)\n", outcome.err());
      assertEquals(List.of(), reposEntries());
    }
  }

  @Test
  void aRunStoppedMidCloneRemovesItsTemporary() throws Exception {
    try (SilentServer server = new SilentServer()) {
      String javaCommand = ProcessHandle.current().info().command().orElse("java");
      Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
          "-D" + Limits.NETWORK_TIMEOUT + "=600", Main.class.getName(), "ops", "--repo", server.url(""), "--ref",
          "1.0.0", "--cache-dir", cache.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      try (java.io.BufferedReader err = p.errorReader(StandardCharsets.UTF_8)) {
        // The temporary directory exists once this line is out; no waiting on the clock.
        assertTrue(err.readLine().startsWith("Cloning "));
        assertEquals(1, reposEntries().size(), reposEntries().toString());
        p.destroy(); // SIGTERM, as kill or a closing terminal sends
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      }
      assertEquals(List.of(), reposEntries());
    }
  }

  @Test
  void temporariesOfAKilledRunAreRemovedAtTheNextClone() throws IOException {
    Path repos = Files.createDirectories(cache.resolve("repos"));
    // No process has this pid (Linux pids stay below 2^22): a run that was killed mid-clone.
    Path dead = Files.createDirectories(repos.resolve(".127.0.0.1_9+x.tmp-99999999-123"));
    Files.writeString(dead.resolve("packed-refs"), "half a clone");
    // This process is alive: a clone still under way in another thread must be left alone.
    Path live = Files.createDirectories(repos.resolve(".other+y.tmp-" + ProcessHandle.current().pid() + "-456"));
    Outcome outcome = run("ops", "--repo", "http://127.0.0.1:9/x.git", "--ref", "1.0.0", "--cache-dir",
        cache.toString());
    assertEquals(2, outcome.exit());
    assertFalse(Files.exists(dead), "stale temporary removed");
    assertTrue(Files.isDirectory(live), "a live clone's temporary kept");
    assertEquals(List.of(live.getFileName().toString()), reposEntries());
  }

  /**
   * A dumb-HTTP git server (static files of a bare repository) on loopback that wants basic
   * authentication as {@code nova:PASSWORD}, so a clone only succeeds when the credentials of the
   * URL reached JGit.
   */
  private static HttpServer dumbHttpServer(Path gitDir) throws IOException {
    writeInfoRefs(gitDir);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String expected = "Basic " + Base64.getEncoder().encodeToString(("nova:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    server.createContext("/nova.git/", exchange -> {
      try (exchange) {
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"git\"");
          exchange.sendResponseHeaders(401, -1);
          return;
        }
        Path file = gitDir.resolve(exchange.getRequestURI().getPath().substring("/nova.git/".length())).normalize();
        if (!file.startsWith(gitDir) || !Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.start();
    return server;
  }

  /** What {@code git update-server-info} writes: the refs, for clients without the smart protocol. */
  private static void writeInfoRefs(Path gitDir) throws IOException {
    StringBuilder refs = new StringBuilder();
    try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
      for (Ref ref : repo.getRefDatabase().getRefs()) {
        if (!ref.isSymbolic()) {
          Ref peeled = repo.getRefDatabase().peel(ref);
          refs.append(ref.getObjectId().name()).append('\t').append(ref.getName()).append('\n');
          if (peeled.getPeeledObjectId() != null) {
            refs.append(peeled.getPeeledObjectId().name()).append('\t').append(ref.getName()).append("^{}\n");
          }
        }
      }
    }
    Files.createDirectories(gitDir.resolve("info"));
    Files.writeString(gitDir.resolve("info/refs"), refs);
    Files.createDirectories(gitDir.resolve("objects/info"));
    Files.writeString(gitDir.resolve("objects/info/packs"), "");
  }

  @Test
  void thePasswordOfAUrlAppearsInNoOutputMessageOrCachedFile() throws IOException {
    TestRepo repo = TestRepos.fromFixtureVersions(WsdTestFiles.projectDir().resolve("fixtures/mininova"),
        dir.resolve("served/nova.git"));
    HttpServer server = dumbHttpServer(repo.dir());
    List<Outcome> outcomes = new ArrayList<>();
    try {
      String base = "127.0.0.1:" + server.getAddress().getPort() + "/nova.git";
      String withPassword = "http://nova:" + PASSWORD + "@" + base;
      // A wrong password first (the server refuses it), then the right one, then a ref that does not exist.
      outcomes.add(run("ops", "--repo", "http://nova:wrong-" + PASSWORD + "@" + base, "--ref", "1.0.0",
          "--cache-dir", cache.toString(), "--debug"));
      assertEquals(2, outcomes.get(0).exit(), outcomes.get(0).err());
      assertEquals(List.of(), reposEntries());
      Path out = dir.resolve("out");
      outcomes.add(run("trace", "--repo", withPassword, "--ref", "1.0.0", "--op", "pause", "--cache-dir",
          cache.toString(), "--out", out.toString()));
      assertEquals(0, outcomes.get(1).exit(), outcomes.get(1).err());
      assertTrue(outcomes.get(1).err().startsWith("Cloning http://" + base + " into "), outcomes.get(1).err());
      outcomes.add(run("ops", "--repo", withPassword, "--ref", "9.9.9", "--cache-dir", cache.toString(), "--debug"));
      assertEquals(2, outcomes.get(2).exit());
      assertTrue(outcomes.get(2).err().contains("seqtrace: unknown ref '9.9.9' in http://" + base + " ("),
          outcomes.get(2).err());
      outcomes.add(run("report", "--repo", withPassword, "--ref", "1.0.0", "--op", "pause", "--cache-dir",
          cache.toString(), "--out", dir.resolve("report").toString()));
      assertEquals(0, outcomes.get(3).exit(), outcomes.get(3).err());
    } finally {
      server.stop(0);
    }
    for (Outcome o : outcomes) {
      assertFalse(o.out().contains(PASSWORD), o.out());
      assertFalse(o.err().contains(PASSWORD), o.err());
    }
    List<Path> written;
    try (Stream<Path> files = Files.walk(dir)) {
      written = files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("served"))).toList();
    }
    assertTrue(written.stream().anyMatch(p -> p.endsWith("config")), "a mirror was made: " + written);
    for (Path file : written) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertFalse(text.contains(PASSWORD), file + " holds the password");
    }
  }
}
