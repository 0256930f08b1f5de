package io.seqtrace.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user passed as {@code --repo}: a remote URL to mirror, or a local directory to open.
 *
 * @param text the argument exactly as given; may hold credentials, so it is never shown or stored
 *     (messages use {@link #display()}, the clone {@link #anonymous()} and {@link #credentials()})
 * @param url true for a URL, false for a local path
 */
record RepoLocation(String text, boolean url) {
  /**
   * The user-info part of a URL with a scheme, {@code user[:password]@}, as git strips it; up to the
   * last {@code @} of the authority, so that a password with a raw {@code @} is not half shown.
   */
  private static final Pattern USER_INFO = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*://)([^/?#]*)@");
  private static final Pattern SCHEME = Pattern.compile("(?i)(https?|git|ssh|file)://.*");
  /** scp-like syntax, {@code git@github.com:openstack/nova.git}; needs a user so {@code C:\x} stays a path. */
  private static final Pattern SCP = Pattern.compile("([\\w.+-]+)@([\\w.-]+):(.*)");

  static RepoLocation parse(String text) {
    return new RepoLocation(text, SCHEME.matcher(text).matches() || SCP.matcher(text).matches());
  }

  /**
   * The URL as messages and stored files may show it: without user name and password, as git's
   * own messages show a URL ({@code https://user:secret@host/x.git} is {@code https://host/x.git}).
   * A local path is shown as given.
   */
  String display() {
    return url ? anonymous() : text;
  }

  /** The URL without its user-info, which is what JGit is given, so it can never echo or store it. */
  String anonymous() {
    Matcher m = USER_INFO.matcher(text);
    return m.find() ? m.group(1) + text.substring(m.end()) : text;
  }

  /** The user name and password written in the URL, percent-decoded, kept only in memory for the clone. */
  java.util.Optional<Credentials> credentials() {
    Matcher m = USER_INFO.matcher(text);
    if (!url || !m.find() || m.group(2).isEmpty()) {
      return java.util.Optional.empty();
    }
    String info = m.group(2);
    int colon = info.indexOf(':');
    String user = colon < 0 ? info : info.substring(0, colon);
    String password = colon < 0 ? "" : info.substring(colon + 1);
    return java.util.Optional.of(new Credentials(decode(user), decode(password)));
  }

  private static String decode(String part) {
    try {
      return java.net.URLDecoder.decode(part.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return part; // not valid percent-encoding: taken literally, as git does
    }
  }

  /** A user name and password from a URL; {@code toString} never shows the password. */
  record Credentials(String user, String password) {
    @Override
    public String toString() {
      return "Credentials[user=" + user + ", password=***]";
    }
  }

  /** The location as {@link #display()} shows it: a record's default would print the password. */
  @Override
  public String toString() {
    return display();
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
        URI uri = new URI(anonymous()); // user-info is not part of the name, and may not even parse
        host = uri.getHost() == null ? "" : uri.getHost();
        if (uri.getPort() > 0) {
          host += "_" + uri.getPort();
        }
        path = uri.getPath() == null ? "" : uri.getPath();
      } catch (URISyntaxException e) {
        host = "";
        path = anonymous().replaceFirst("^[a-zA-Z]+://", "");
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
