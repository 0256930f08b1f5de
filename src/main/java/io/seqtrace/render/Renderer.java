package io.seqtrace.render;

import io.seqtrace.error.Excerpt;
import io.seqtrace.error.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.List;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;

/**
 * Renders PlantUML source to SVG or PNG bytes in-process, with PlantUML locked into its SANDBOX
 * security profile (no file, URL or environment access) and no Graphviz.
 *
 * <p>PlantUML reports syntax errors by drawing an error image; this class turns that into an
 * {@link InputException} naming the script line the bad PlantUML line came from. Output carries no
 * metadata (the source is not embedded), so the same input gives the same bytes.
 */
public final class Renderer {
  private static final String PROFILE_PROPERTY = "PLANTUML_SECURITY_PROFILE";
  /** PlantUML keeps global state (skins, fonts, the profile); one render at a time is safe and fast enough. */
  private static final Object LOCK = new Object();
  private static boolean sandboxed;

  private Renderer() {}

  /**
   * Renders {@code script}; {@code displayPath} names the script the diagram came from in errors.
   *
   * @throws InputException when the diagram is over the render limit, or PlantUML rejects the source or
   *     fails to draw it
   */
  public static byte[] render(PlantUmlScript script, String displayPath, OutputFormat format) {
    // The one size check every rendering path passes: PlantUML's time grows far faster than the input.
    DiagramSize.requireWithinLimits(script.elements(), script.participants(), displayPath);
    synchronized (LOCK) {
      enforceSandbox();
      SourceStringReader reader = new SourceStringReader(script.text());
      List<BlockUml> blocks = reader.getBlocks();
      if (blocks.isEmpty()) {
        throw InputException.at(displayPath, 0, 0, "PlantUML found no diagram");
      }
      Diagram diagram = blocks.get(0).getDiagram();
      if (diagram instanceof PSystemError error) {
        throw syntaxError(script, displayPath, error);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageData data;
      try {
        data = diagram.exportDiagram(bytes, 0, new FileFormatOption(fileFormat(format), false));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // PlantUML catches its own crashes and draws them; status and root cause tell them apart.
      if (data.getRootCause() != null || data.getStatus() >= 400) {
        String cause = data.getRootCause() == null ? "status " + data.getStatus() : data.getRootCause().toString();
        throw InputException.at(displayPath, 0, 0, "PlantUML failed to draw the diagram: " + cause);
      }
      return bytes.toByteArray();
    }
  }

  private static InputException syntaxError(PlantUmlScript script, String displayPath, PSystemError error) {
    // LineLocation positions are 0-based within the @startuml block, which is the whole text.
    int pumlLine = error.getLineLocation() == null ? 0 : error.getLineLocation().getPosition() + 1;
    String what = error.getFirstError() == null ? "syntax error" : error.getFirstError().getError();
    String[] lines = script.text().split("\n", -1);
    String text = pumlLine >= 1 && pumlLine <= lines.length ? lines[pumlLine - 1] : "";
    return InputException.at(displayPath, script.sourceLine(pumlLine), 0,
        "PlantUML: " + Excerpt.of(what) + " in generated line " + pumlLine + ": " + Excerpt.of(text));
  }

  private static FileFormat fileFormat(OutputFormat format) {
    return switch (format) {
      case SVG -> FileFormat.SVG;
      case PNG -> FileFormat.PNG;
      case MERMAID -> throw new IllegalArgumentException("Mermaid is text, not a PlantUML image");
    };
  }

  /**
   * Forces the SANDBOX profile before PlantUML first reads it. PlantUML caches the profile on first
   * use, so if other code got there first the cached value is replaced; rendering refuses to go on
   * unless the profile really is SANDBOX.
   */
  private static void enforceSandbox() {
    if (sandboxed) {
      return;
    }
    System.setProperty(PROFILE_PROPERTY, SecurityProfile.SANDBOX.name());
    if (SecurityUtils.getSecurityProfile() != SecurityProfile.SANDBOX) {
      try {
        Field current = SecurityUtils.class.getDeclaredField("current");
        current.setAccessible(true);
        current.set(null, SecurityProfile.SANDBOX);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("cannot put PlantUML into its SANDBOX security profile", e);
      }
    }
    if (SecurityUtils.getSecurityProfile() != SecurityProfile.SANDBOX) {
      throw new IllegalStateException("PlantUML is not in its SANDBOX security profile");
    }
    sandboxed = true;
  }
}
