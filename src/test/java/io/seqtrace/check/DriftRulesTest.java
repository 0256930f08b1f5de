package io.seqtrace.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seqtrace.sequence.Diagram;
import io.seqtrace.trace.Profile;
import io.seqtrace.wsd.WsdReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which participants a script must drop once the workflow no longer has them: the profile says, not a name in the rule. */
class DriftRulesTest {
  private static final Diagram SCRIPT = WsdReader.read("""
      title extend volume
      participant client
      participant cinder_volume
      participant lvm
      participant glance
      client->cinder_volume: extend
      cinder_volume->lvm: extend_volume
      cinder_volume->glance: show
      """, "extend.wsd");
  private static final Diagram DERIVED = WsdReader.read("""
      title extend
      client->cinder_volume: extend
      cinder_volume->glance: show
      """, "derived.wsd");

  @Test
  void aDriverTheProjectsTracesFollowMustStillTakePart() {
    assertEquals(List.of(new Finding(4, FindingKind.PARTICIPANT_GONE, "lvm no longer takes part in extend")),
        DriftRules.participants(SCRIPT, DERIVED, Set.copyOf(Profile.builtIn("cinder").tracedExternals())));
  }

  @Test
  void otherLifelinesAreTheScriptsToDraw() {
    assertEquals(List.of(), DriftRules.participants(SCRIPT, DERIVED, Set.of()));
    assertEquals(List.of(), DriftRules.participants(SCRIPT, DERIVED, Set.copyOf(Profile.builtIn("nova").tracedExternals())));
  }
}
