package io.seqtrace.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.seqtrace.analysis.Analysis;
import io.seqtrace.render.OutputFormat;
import io.seqtrace.render.RenderJob;
import io.seqtrace.sequence.Element;
import io.seqtrace.trace.walk.Simplifier;
import io.seqtrace.wsd.WsdWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readability of derived diagrams (issue 10) on the mininova 3.0.0 fixture: identical branches
 * merged under one guard, steps common to every branch hoisted, no empty fragment, and activations
 * balanced so that every derived diagram renders.
 */
class ReadabilityFixtureTest {

  private static IdiomFixture fixture;
  private static Analysis analysis;

  @BeforeAll
  static void open() {
    fixture = IdiomFixture.open();
    analysis = fixture.analysis();
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static String listing(String op) {
    return IdiomFixture.listing(analysis.engine().trace(op));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"reboot", "stop", "start"})
  void matchesGoldenListing(String op) throws IOException {
    IdiomFixture.assertGolden(op, listing(op));
  }

  @Test
  void identicalBranchesOfAnIfElifElseBecomeOneBranch() {
    // if soft: _reboot_guest(...) elif paused: _reboot_guest(...) else: _power_cycle(...)
    assertTrue(listing("reboot").contains("""
        nova_compute -> nova_compute: reboot.start (notify) @ nova/compute/manager.py:267 ComputeManager.reboot_instance
        alt reboot_type == 'SOFT' or instance.vm_state == vm_states.PAUSED
          nova_compute -> libvirt: reboot (invoke) @ nova/compute/manager.py:285 ComputeManager._reboot_guest
        else else
          nova_compute -> libvirt: power_off (invoke) @ nova/compute/manager.py:289 ComputeManager._power_cycle
          nova_compute -> libvirt: power_on (invoke) @ nova/compute/manager.py:290 ComputeManager._power_cycle
        end
        nova_compute -> database: vm_state = ACTIVE"""), listing("reboot"));
  }

  @Test
  void stepsCommonToEveryBranchAreDrawnOnceOutside() {
    // Both branches notify first and end with _stopped(...): only the middle differs.
    assertTrue(listing("stop").endsWith("""
        nova_compute -> nova_compute: power_off.start (notify) @ nova/compute/manager.py:316 ComputeManager._notify_power_off
        alt instance.vm_state == vm_states.ERROR
          nova_compute -> libvirt: destroy (invoke) @ nova/compute/manager.py:305 ComputeManager.stop_instance
        else else
          nova_compute -> libvirt: power_off (invoke) @ nova/compute/manager.py:295 ComputeManager._power_off_instance
        end
        nova_compute -> database: vm_state = STOPPED\\ntask_state = None (db) @ nova/compute/manager.py:322 ComputeManager._stopped
        nova_compute -> nova_compute: power_off.end (notify) @ nova/compute/manager.py:323 ComputeManager._stopped
        """), listing("stop"));
  }

  @Test
  void noDerivedDiagramHoldsAnEmptyFragment() {
    for (Operation op : analysis.engine().catalog().operations()) {
      List<String> empty = new ArrayList<>();
      emptyFragments(analysis.engine().trace(op).diagram().elements(), empty);
      assertEquals(List.of(), empty, op.name());
    }
  }

  private static void emptyFragments(List<Element> elements, List<String> out) {
    for (Element e : elements) {
      if (e instanceof Element.Fragment f) {
        for (Element.Branch b : f.branches()) {
          if (!Simplifier.hasMessage(b.elements())) {
            out.add(f.kind() + " " + b.guard());
          }
          emptyFragments(b.elements(), out);
        }
      }
    }
  }

  @Test
  void callInsideABranchThenACastHandlerKeepsActivationsBalanced() {
    // start: `if crashed: stop_instance(do_cast=False)` calls nova_compute inside an opt, then
    // start_instance is cast and its handler runs on the same lifeline after the response.
    List<Element> elements = analysis.engine().trace("start").diagram().elements();
    assertEquals(List.of(), activationProblems(elements, new HashSet<>()));
    String steps = listing("start");
    assertTrue(steps.contains("""
        opt instance.power_state == 'crashed'
          nova_api -> nova_compute: stop_instance (call) @ nova/compute/rpcapi.py:252 ComputeAPI.stop_instance
        """), steps);
    assertTrue(steps.contains("""
          nova_compute --> nova_api: return stop_instance (reply) @ nova/compute/manager.py:315 ComputeManager.stop_instance
        end
        nova_api ->> nova_compute: start_instance (cast) @ nova/compute/rpcapi.py:241 ComputeAPI.start_instance
        nova_api --> client: response (response) @ nova/api/openstack/compute/servers.py:128 ServersController._start_server
        nova_compute -> nova_compute: power_on.start (notify)"""), steps);
  }

  @Test
  void twoCastHandlersInARowOnOneLifelineMakeOneBar() {
    // _post_live_migration casts post_live_migration_at_destination, then
    // drop_move_claim_at_destination: both handlers run on the destination, one after the other.
    List<Element> elements = analysis.engine().trace("live_migrate").diagram().elements();
    assertEquals(List.of(), activationProblems(elements, new HashSet<>()));
    String steps = listing("live_migrate");
    assertTrue(steps.endsWith("""
        nova_compute_src ->> nova_compute_dest: drop_move_claim_at_destination (cast) @ nova/compute/rpcapi.py:104 ComputeAPI.drop_move_claim_at_destination
        nova_compute_dest -> libvirt_dest: post_live_migration_at_destination (invoke) @ nova/compute/manager.py:559 ComputeManager.post_live_migration_at_destination
        nova_compute_dest -> database: task_state = None (db) @ nova/compute/manager.py:563 ComputeManager.post_live_migration_at_destination
        nova_compute_dest -> database: migration_context = None (db) @ nova/compute/manager.py:552 ComputeManager.drop_move_claim_at_destination
        """), steps);
  }

  @Test
  void everyDerivedDiagramHasBalancedActivations() {
    for (Operation op : analysis.engine().catalog().operations()) {
      assertEquals(List.of(), activationProblems(analysis.engine().trace(op).diagram().elements(), new HashSet<>()),
          op.name());
    }
  }

  /**
   * What is wrong with the activations of a body, given the lifelines active before it (updated):
   * an activate of an active lifeline, a deactivate of an inactive one, a lifeline deactivated and
   * activated again with no message between (PlantUML refuses that), a branch that leaves the
   * lifelines otherwise than it found them, a lifeline left active at the end.
   */
  private static List<String> activationProblems(List<Element> elements, Set<String> active) {
    List<String> problems = new ArrayList<>();
    boolean top = active.isEmpty();
    Set<String> endedSinceLastMessage = new HashSet<>();
    for (Element e : elements) {
      if (e instanceof Element.Activate a) {
        if (a.activate() && endedSinceLastMessage.contains(a.participant())) {
          problems.add("deactivate and activate of " + a.participant() + " with no message between");
        }
        if (a.activate() && !active.add(a.participant())) {
          problems.add("activate of active " + a.participant());
        } else if (!a.activate() && !active.remove(a.participant())) {
          problems.add("deactivate of inactive " + a.participant());
        } else if (!a.activate()) {
          endedSinceLastMessage.add(a.participant());
        }
        continue;
      }
      endedSinceLastMessage.clear();
      if (e instanceof Element.Fragment f) {
        for (Element.Branch b : f.branches()) {
          Set<String> inBranch = new HashSet<>(active);
          problems.addAll(activationProblems(b.elements(), inBranch));
          if (!inBranch.equals(active)) {
            problems.add("branch '" + b.guard() + "' leaves " + inBranch + " instead of " + active);
          }
        }
      }
    }
    if (top && !active.isEmpty()) {
      problems.add("left active: " + active);
    }
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"start", "stop", "reboot", "resize", "live_migrate", "volume_attach", "rebuild", "create"})
  void derivedDiagramRendersToSvg(String op, @TempDir Path dir) throws IOException {
    Path script = dir.resolve(op + ".wsd");
    Files.writeString(script, WsdWriter.write(analysis.engine().trace(op).diagram()), StandardCharsets.UTF_8);
    RenderJob.Report report = new RenderJob(List.of(script), OutputFormat.SVG, dir.resolve("out")).run();
    if (!report.failures().isEmpty()) {
      fail(report.failures().toString());
    }
    assertEquals(List.of(dir.resolve("out").resolve(op + ".svg")), report.written());
    String svg = Files.readString(report.written().get(0), StandardCharsets.UTF_8);
    assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, Math.min(200, svg.length())));
    assertTrue(svg.contains("nova_compute"), op);
  }
}
