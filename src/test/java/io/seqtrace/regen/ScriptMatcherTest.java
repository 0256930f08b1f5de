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
}
