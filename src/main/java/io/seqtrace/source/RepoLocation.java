package io.seqtrace.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user passed as {@code --repo}: a remote URL to mirror, or a local directory to open.
 *
 * @param text the argument exactly as given, used in every message
 * @param url true for a URL, false for a local path
 */
record RepoLocation(String text, boolean url) {
  private static final Pattern SCHEME = Pattern.compile("(?i)(https?|git|ssh|file)://.*");
  /** scp-like syntax, {@code git@github.com:openstack/nova.git}; needs a user so {@code C:\x} stays a path. */
  private static final Pattern SCP = Pattern.compile("([\\w.+-]+)@([\\w.-]+):(.*)");

  static RepoLocation parse(String text) {
    return new RepoLocation(text, SCHEME.matcher(text).matches() || SCP.matcher(text).matches());
  }

  /** True for {@code ssh://} and scp-like {@code user@host:path} URLs. */
  boolean ssh() {
    return url && (text.regionMatches(true, 0, "ssh://", 0, 6) || !SCHEME.matcher(text).matches());
  }

  /**
   * A directory name that identifies the remote repository: host and path, lowercased scheme and
   * user dropped, {@code .git} dropped, separators turned into {@code +}. For example
   * {@code https://opendev.org/openstack/nova.git} becomes {@code opendev.org+openstack+nova}.
   */
  String cacheName() {
    String host;
    String path;
    Matcher scp = SCP.matcher(text);
    if (!SCHEME.matcher(text).matches() && scp.matches()) {
      host = scp.group(2);
      path = scp.group(3);
    } else {
      try {
        URI uri = new URI(text);
        host = uri.getHost() == null ? "" : uri.getHost();
        if (uri.getPort() > 0) {
          host += "_" + uri.getPort();
        }
        path = uri.getPath() == null ? "" : uri.getPath();
      } catch (URISyntaxException e) {
        host = "";
        path = text.replaceFirst("^[a-zA-Z]+://", "");
      }
    }
    path = path.replaceAll("/+$", "").replaceAll("\\.git$", "");
    StringBuilder name = new StringBuilder(host.isEmpty() ? "local" : host.toLowerCase(Locale.ROOT));
    for (String part : path.split("/")) {
      if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
        name.append('+').append(part.replaceAll("[^A-Za-z0-9._-]", "_"));
      }
    }
    return name.toString();
  }
}
