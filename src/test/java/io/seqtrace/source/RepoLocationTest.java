package io.seqtrace.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RepoLocationTest {
  @Test
  void recognisesUrls() {
    for (String url : new String[] {"https://opendev.org/openstack/nova", "http://h/x", "git://h/x",
        "ssh://git@h:29418/openstack/nova", "file:///srv/nova.git", "git@github.com:openstack/nova.git"}) {
      assertTrue(RepoLocation.parse(url).url(), url);
    }
    for (String path : new String[] {"/srv/nova", "nova", "./nova.git", "C:\\src\\nova", "dir:with:colons"}) {
      assertFalse(RepoLocation.parse(path).url(), path);
    }
  }

  @Test
  void cacheNamesAreHostAndPath() {
    assertEquals("opendev.org+openstack+nova", name("https://opendev.org/openstack/nova"));
    assertEquals("opendev.org+openstack+nova", name("https://OpenDev.org/openstack/nova.git/"));
    assertEquals("github.com+openstack+nova", name("git@github.com:openstack/nova.git"));
    assertEquals("review.opendev.org_29418+openstack+nova", name("ssh://me@review.opendev.org:29418/openstack/nova"));
    assertEquals("local+srv+nova", name("file:///srv/nova.git"));
    assertEquals("h+a_b+c", name("https://h/a%20b/../c"));
  }

  @Test
  void credentialsAreNeverShownAndKeptApartForTheClone() {
    RepoLocation plain = RepoLocation.parse("https://nova:s3cr%40t@opendev.org/openstack/nova");
    assertEquals("https://opendev.org/openstack/nova", plain.display());
    assertEquals("https://opendev.org/openstack/nova", plain.anonymous());
    assertEquals("https://opendev.org/openstack/nova", plain.toString());
    assertEquals(java.util.Optional.of(new RepoLocation.Credentials("nova", "s3cr@t")), plain.credentials());
    assertEquals("Credentials[user=nova, password=***]", plain.credentials().orElseThrow().toString());
    // A raw '@' in the password: everything up to the last '@' of the host part is hidden.
    RepoLocation raw = RepoLocation.parse("http://nova:p@ss@127.0.0.1:8080/nova.git");
    assertEquals("http://127.0.0.1:8080/nova.git", raw.display());
    assertEquals("p@ss", raw.credentials().orElseThrow().password());
    // A token alone, as in https://TOKEN@github.com/...
    assertEquals("https://github.com/o/r", RepoLocation.parse("https://ghp_token@github.com/o/r").display());
    assertEquals(java.util.Optional.empty(), RepoLocation.parse("https://opendev.org/openstack/nova").credentials());
    assertEquals("/srv/a@b", RepoLocation.parse("/srv/a@b").display());
    assertEquals("127.0.0.1_8080+nova", raw.cacheName());
  }

  private static String name(String url) {
    return RepoLocation.parse(url).cacheName();
  }
}
