package io.seqtrace.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.python.ParseResult;
import io.seqtrace.python.PythonSourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelCodecTest {
  private final PythonSourceParser parser = new PythonSourceParser();

  private ParseResult parseResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/python/" + name)) {
      return parser.parse(name, "fixture", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void roundTripsEveryModelFixture() throws IOException {
    for (String name : new String[] {"nova_shapes.py", "lexical.py", "py2_only.py", "py3_only.py"}) {
      ParseResult result = parseResource(name);
      assertEquals(result, ModelCodec.decode(ModelCodec.encode(result)), name);
    }
  }

  @Test
  void roundTripsErrorsAndUnicode() {
    ParseResult result = parser.parse("x.py", "x", "s = 'héllo → wörld'\ndef f(:\n");
    assertTrue(!result.errors().isEmpty());
    assertEquals(result, ModelCodec.decode(ModelCodec.encode(result)));
  }

  @Test
  void rejectsTruncatedAndForeignBytes() {
    byte[] bytes = ModelCodec.encode(parser.parse("x.py", "x", "import os\nos.path.join('a', 'b')\n"));
    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(truncated), "length " + length);
    }
    assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode("not a model".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refusesClassesOutsideSeqtrace() {
    // Magic, RECORD tag, new class, new string "java.lang.Runtime" (17 bytes, zig-zag encoded lengths).
    byte[] header = {0x53, 0x51, 0x4d, 0x43, 9, 0, 0, 34};
    byte[] name = "java.lang.Runtime".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(header, header.length + name.length);
    System.arraycopy(name, 0, bytes, header.length, name.length);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCodec.decode(bytes));
    assertEquals("refusing to decode java.lang.Runtime", e.getMessage());
  }

  @Test
  void cacheVersionIsAValidSegmentAndCoversTheModelShape() {
    assertTrue(ModelCacheKey.version().matches("[A-Za-z0-9][A-Za-z0-9._+-]*"), ModelCacheKey.version());
    String shape = ModelCacheKey.modelShape();
    assertTrue(shape.contains("io.seqtrace.model.Module path:java.lang.String name:java.lang.String"), shape);
    assertTrue(shape.contains("io.seqtrace.model.Expr$Call "), shape);
  }
}
