package io.seqtrace.project;

import io.seqtrace.python.ParseResult;
import io.seqtrace.python.PythonSourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version under which parsed models are cached: the tool version plus a fingerprint of
 * everything that decides what a cached entry holds, so a changed grammar or model never serves
 * stale entries, even between two builds of the same release.
 *
 * <p>The fingerprint covers the compiled parser classes (the generated parser embeds the grammar's
 * serialized ATN, so any grammar change alters it), the model builder, the codec format and the
 * shape of every record reachable from {@link ParseResult}.
 */
public final class ModelCacheKey {
  /** Bump when the codec's byte layout changes. */
  static final int CODEC_VERSION = 1;

  /** Class files whose bytes decide what a parse produces, relative to the parser's package. */
  private static final List<String> PARSER_CLASSES = List.of(
      "PythonSourceParser.class", "ModelBuilder.class", "StringLiterals.class",
      "antlr/PythonLexer.class", "antlr/PythonParser.class", "antlr/PythonLexerBase.class");

  private static final String VERSION = compute();

  private ModelCacheKey() {}

  /** For example {@code 0.1.0-1-3f2a9c81d0e4}; a valid {@code BlobCache} version segment. */
  public static String version() {
    return VERSION;
  }

  private static String compute() {
    MessageDigest digest = sha256();
    digest.update(modelShape().getBytes(StandardCharsets.UTF_8));
    for (String name : PARSER_CLASSES) {
      digest.update(name.getBytes(StandardCharsets.UTF_8));
      try (InputStream in = PythonSourceParser.class.getResourceAsStream(name)) {
        // A renamed class reads as absent, which still changes the fingerprint.
        digest.update(in == null ? new byte[] {0} : in.readAllBytes());
      } catch (IOException e) {
        digest.update(new byte[] {1});
      }
    }
    String fingerprint = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return ToolVersion.get().replaceAll("[^A-Za-z0-9._+-]", "_") + "-" + CODEC_VERSION + "-" + fingerprint;
  }

  /** One line per record reachable from {@link ParseResult}: its name and typed components, sorted. */
  static String modelShape() {
    Set<String> lines = new TreeSet<>();
    Set<Class<?>> seen = new java.util.HashSet<>();
    Deque<Type> todo = new ArrayDeque<>(List.of(ParseResult.class));
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.addAll(List.of(parameterized.getActualTypeArguments()));
        continue;
      }
      if (!(type instanceof Class<?> c) || !seen.add(c)) {
        continue;
      }
      if (c.isSealed()) {
        todo.addAll(List.of(c.getPermittedSubclasses()));
      }
      if (c.isEnum()) {
        lines.add(c.getName() + " " + List.of(c.getEnumConstants()));
      }
      if (c.isRecord()) {
        StringBuilder line = new StringBuilder(c.getName());
        for (RecordComponent component : c.getRecordComponents()) {
          line.append(' ').append(component.getName()).append(':').append(component.getGenericType().getTypeName());
          todo.add(component.getGenericType());
        }
        lines.add(line.toString());
      }
    }
    return String.join("\n", lines);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
