package io.seqtrace.source;

import java.util.Objects;

/**
 * A regular file in a revision's tree.
 *
 * @param path the path from the repository root, with {@code /} separators ({@code nova/api.py})
 * @param blobId the 40-hex git blob id; equal ids mean equal content, which makes it a cache key
 * @param size the content size in bytes
 */
public record SourceFile(String path, String blobId, long size) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(blobId, "blobId");
  }
}
