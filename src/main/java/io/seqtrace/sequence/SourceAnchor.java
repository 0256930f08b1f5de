package io.seqtrace.sequence;

import java.util.Objects;

/**
 * A place in the analysed source: {@code nova/compute/api.py:1234 API.pause}.
 *
 * @param path repository-relative path, e.g. {@code nova/compute/api.py}
 * @param line 1-based line, 0 when unknown (anchors written by people rarely give one)
 * @param function qualified function name within the module ({@code API.pause}), empty when unknown
 */
public record SourceAnchor(String path, int line, String function) {
  public SourceAnchor {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(function, "function");
  }
}
