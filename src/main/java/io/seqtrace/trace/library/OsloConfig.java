package io.seqtrace.trace.library;

import io.seqtrace.trace.Profile;
import io.seqtrace.trace.interp.Value;
import io.seqtrace.trace.symbols.CodeIndex.ClassInfo;
import java.util.List;

/**
 * oslo.config: attributes under {@code CONF} are option paths, and so is every attribute of an
 * object of a configuration class the profile names (Cinder's {@code self.configuration}).
 */
final class OsloConfig {

  private final Profile profile;

  OsloConfig(Profile profile) {
    this.profile = profile;
  }

  /** An attribute of a name outside the project: an option group when the name is {@code CONF}. */
  Value external(Value.External x, String attr) {
    return isConfRoot(x.qname()) ? new Value.Conf(attr) : new Value.External(x.qname() + "." + attr);
  }

  Value option(Value.Conf c, String attr) {
    return new Value.Conf(c.path() + "." + attr);
  }

  boolean isConfigurationObject(List<ClassInfo> mro) {
    return mro.stream().anyMatch(c -> profile.configurationClasses().contains(c.qname()));
  }

  private static boolean isConfRoot(String qname) {
    return qname.equals("CONF") || qname.endsWith(".CONF");
  }
}
