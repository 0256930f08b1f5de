package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seqtrace.error.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles: the OpenStack base with a project's overlay (built in, derived from the name, or a user's file). */
class ProfileTest {

  @Test
  void builtInOverlaysKeepTheBaseAndAddTheirOwn() {
    Profile cinder = Profile.builtIn("cinder");
    assertEquals("cinder", cinder.sourceRoot());
    assertEquals(List.of("cinder.api"), cinder.apiPackages());
    assertEquals("database", cinder.databaseParticipant()); // from the base
    assertTrue(cinder.httpClients().factories().contains("get_ksa_adapter")); // from the base
    assertEquals("lvm", cinder.externalParticipant("cinder.volume.drivers.lvm").orElseThrow());
    assertEquals("libvirt", Profile.nova().externalParticipant("nova.virt.libvirt.driver").orElseThrow());
  }

  @Test
  void aProjectWithoutAnOverlayGetsTheConventions() {
    Profile neutron = Profile.forProject("neutron");
    assertEquals("neutron", neutron.name());
    assertEquals("neutron", neutron.sourceRoot());
    assertEquals("neutron-api", neutron.apiBinary());
    assertEquals(List.of("neutron.api"), neutron.apiPackages());
  }

  @Test
  void aUsersFileIsLaidOverTheBase(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, "{\"name\": \"mine\", \"sourceRoot\": \"mine\", \"apiPackages\": [\"mine.rest\"],"
        + " \"externalParticipants\": {\"mine.hv\": \"hypervisor\"}}");
    Profile mine = Profile.named(file.toString());
    assertEquals(List.of("mine.rest"), mine.apiPackages());
    assertEquals("hypervisor", mine.externalParticipant("mine.hv.x").orElseThrow());
    assertEquals("client", mine.clientParticipant());
  }

  @Test
  void badProfilesAreInputErrors(@TempDir Path dir) throws Exception {
    InputException unknown = assertThrows(InputException.class, () -> Profile.named("glance"));
    assertEquals("--profile glance: neither a built-in profile (nova, cinder, manila, sahara) nor a file",
        unknown.getMessage());
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"name\": \"x\", \"frobnicate\": 1}");
    InputException bad = assertThrows(InputException.class, () -> Profile.named(file.toString()));
    assertTrue(bad.getMessage().startsWith(file + ": "), bad.getMessage());
  }

  @Test
  void fingerprintsTellProfilesApartAndAreStable() {
    assertEquals(Profile.nova().fingerprint(), Profile.builtIn("nova").fingerprint());
    assertNotEquals(Profile.nova().fingerprint(), Profile.builtIn("cinder").fingerprint());
    assertEquals(16, Profile.nova().fingerprint().length());
  }
}
