package io.seqtrace.source;

import io.seqtrace.error.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that names the first offending byte instead of inventing U+FFFD. */
final class TextDecoding {
  private TextDecoding() {}

  /**
   * Decodes {@code bytes} as UTF-8, or throws {@code path: binary file (NUL byte at offset N)} or
   * {@code path: not valid UTF-8 text (byte 0xff at offset N)}.
   */
  static String utf8(String path, byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      // NUL first: binary files are rarely valid UTF-8, and "binary" is the more useful diagnosis.
      if (bytes[i] == 0) {
        throw new InputException(path + ": binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new InputException(String.format(
          "%s: not valid UTF-8 text (byte 0x%02x at offset %d)", path, bytes[offset] & 0xff, offset));
    }
    decoder.flush(out);
    out.flip();
    // Python accepts a leading BOM and it is not part of the text; dropping it keeps columns right.
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }
}
