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

  private static String name(String url) {
    return RepoLocation.parse(url).cacheName();
  }
}
