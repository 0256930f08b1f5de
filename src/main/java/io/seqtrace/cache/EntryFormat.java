package io.seqtrace.cache;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The bytes of one cache entry: a 16-byte header (magic {@code SQTC}, format version, payload
 * length, CRC32 of the payload) followed by the payload.
 */
final class EntryFormat {
  static final int MAGIC = 0x53515443; // "SQTC"
  static final int VERSION = 1;
  static final int HEADER_SIZE = 16;

  private EntryFormat() {}

  static byte[] encode(byte[] payload) {
    return ByteBuffer.allocate(HEADER_SIZE + payload.length)
        .putInt(MAGIC)
        .putInt(VERSION)
        .putInt(payload.length)
        .putInt(crc(payload, 0, payload.length))
        .put(payload)
        .array();
  }

  /** The payload, or empty when the entry is truncated, foreign, of another format, or damaged. */
  static Optional<byte[]> decode(byte[] entry) {
    if (entry.length < HEADER_SIZE) {
      return Optional.empty();
    }
    ByteBuffer header = ByteBuffer.wrap(entry, 0, HEADER_SIZE);
    int magic = header.getInt();
    int version = header.getInt();
    int length = header.getInt();
    int crc = header.getInt();
    if (magic != MAGIC || version != VERSION || length != entry.length - HEADER_SIZE
        || crc != crc(entry, HEADER_SIZE, length)) {
      return Optional.empty();
    }
    byte[] payload = new byte[length];
    System.arraycopy(entry, HEADER_SIZE, payload, 0, length);
    return Optional.of(payload);
  }

  private static int crc(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
