package io.seqtrace.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The bytes of one cache entry: a 20-byte header (magic {@code SQTC}, format version, key length,
 * payload length, CRC32 of key and payload), the entry's own full key, then the payload.
 *
 * <p>The key is recorded so that an entry is only ever served for the key it was written for: a
 * file copied or renamed to another entry's place (by a user, a sync tool, a bug) is a miss, not
 * another key's answer.
 */
final class EntryFormat {
  static final int MAGIC = 0x53515443; // "SQTC"
  /** 2: the key is recorded; entries of version 1 are misses and get rewritten. */
  static final int VERSION = 2;
  static final int HEADER_SIZE = 20;

  private EntryFormat() {}

  static byte[] encode(String key, byte[] payload) {
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    byte[] body = ByteBuffer.allocate(keyBytes.length + payload.length).put(keyBytes).put(payload).array();
    return ByteBuffer.allocate(HEADER_SIZE + body.length)
        .putInt(MAGIC)
        .putInt(VERSION)
        .putInt(keyBytes.length)
        .putInt(payload.length)
        .putInt(crc(body, 0, body.length))
        .put(body)
        .array();
  }

  /**
   * The payload, or empty when the entry is truncated, foreign, of another format, damaged, or was
   * written for another key than {@code key}.
   */
  static Optional<byte[]> decode(String key, byte[] entry) {
    if (entry.length < HEADER_SIZE) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(entry, 0, HEADER_SIZE);
    int magic = header.getInt();
    int version = header.getInt();
    int keyLength = header.getInt();
    int length = header.getInt();
    int crc = header.getInt();
    if (magic != MAGIC || version != VERSION || keyLength < 0 || length < 0
        || (long) keyLength + length != entry.length - HEADER_SIZE
        || crc != crc(entry, HEADER_SIZE, keyLength + length)) {
      return Optional.empty();
    }
    byte[] expected = key.getBytes(StandardCharsets.UTF_8);
    if (!Arrays.equals(entry, HEADER_SIZE, HEADER_SIZE + keyLength, expected, 0, expected.length)) {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOfRange(entry, HEADER_SIZE + keyLength, entry.length));
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
