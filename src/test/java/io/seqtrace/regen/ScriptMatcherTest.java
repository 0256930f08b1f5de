package io.seqtrace.regen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScriptMatcherTest {
  private final ScriptMatcher matcher = new ScriptMatcher(List.of(
      "pause", "unpause", "live_migrate", "attach_interface", "set_admin_password", "get_all", "list", "create",
      "shelve", "shelve_offload", "reboot"),
      // Script names whose operation is named differently in the code, as a profile would give them.
      java.util.Map.of("change_password", "set_admin_password", "list", "get_all", "rename", "update"));

  private Optional<String> match(String file, String title) {
    return matcher.match(file, title);
  }

  @Test
  void fileNamesAreAliases() {
    assertEquals(Optional.of("pause"), match("pause.wsd", ""));
    assertEquals(Optional.of("unpause"), match("unpause.wsd", "pause a server"));
    assertEquals(Optional.of("live_migrate"), match("live_migrate.wsd", ""));
    assertEquals(Optional.of("attach_interface"), match("interface-attach.wsd", ""));
    assertEquals(Optional.of("set_admin_password"), match("changePassword.wsd", ""));
    assertEquals(Optional.of("list"), match("list_simple.wsd", ""));
    assertEquals(Optional.of("shelve_offload"), match("shelve_offload.wsd", ""));
  }

  @Test
  void titlesWhenTheFileNameSaysNothing() {
    assertEquals(Optional.of("pause"), match("x.wsd", "pause a server"));
    assertEquals(Optional.of("create"), match("boot-flow.wsd", "Create Server Workflow"));
    assertEquals(Optional.of("live_migrate"), match("x.wsd", "live migrate a server to a new host"));
    assertEquals(Optional.of("set_admin_password"), match("x.wsd", "change password"));
    assertEquals(Optional.empty(), match("x.wsd", "resize a server"));
    assertEquals(Optional.empty(), match("notes.wsd", ""));
  }

  @Test
  void aliasesOnlyWhenTheTargetIsKnown() {
    ScriptMatcher narrow = new ScriptMatcher(List.of("pause"));
    assertEquals(Optional.empty(), narrow.match("changePassword.wsd", "change the admin password"));
  }

  @Test
  void onlyScriptsOfTheTracedProjectMatch() {
    ScriptMatcher nova = new ScriptMatcher(List.of("create", "snapshot"), java.util.Map.of(),
        new ProjectOfScript("nova", java.util.Set.of("client", "database", "glance")));
    // Two services of another project and no nova_* lifeline: Sahara's script.
    io.seqtrace.sequence.Diagram sahara = io.seqtrace.wsd.WsdReader.read("""
        title create a new CDH cluster
        participant sahara_api
        client->sahara_api: create
        sahara_api->sahara_engine: create_cluster
        """, "create_cluster.wsd");
    assertEquals(Optional.empty(), nova.match("create_cluster.wsd", sahara));
    assertEquals(Optional.of("its lifelines sahara_api, sahara_engine are services of sahara, not of nova"),
        nova.foreign(sahara));
    // Nova's own lifelines win over another project's client (glance_api), and one odd lifeline proves nothing.
    io.seqtrace.sequence.Diagram snapshot = io.seqtrace.wsd.WsdReader.read("""
        nova_api->glance_api: create image
        nova_compute->db_api: save
        """, "snapshot.wsd");
    assertEquals(Optional.of("snapshot"), nova.match("snapshot.wsd", snapshot));
    io.seqtrace.sequence.Diagram plain = io.seqtrace.wsd.WsdReader.read("client->api: create\n", "create.wsd");
    assertEquals(Optional.of("create"), nova.match("create.wsd", plain));
    // The other project named in the title settles it even with one of its lifelines.
    io.seqtrace.sequence.Diagram titled = io.seqtrace.wsd.WsdReader.read("title create a sahara cluster\nclient->sahara_api: create\n", "c.wsd");
    assertEquals(Optional.empty(), nova.match("create.wsd", titled));
  }
}
