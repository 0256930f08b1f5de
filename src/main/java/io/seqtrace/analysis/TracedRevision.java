package io.seqtrace.analysis;

import io.seqtrace.project.LoadOptions;
import io.seqtrace.project.PackagingFiles;
import io.seqtrace.source.GitSource;
import io.seqtrace.source.Revision;
import io.seqtrace.trace.Operation;
import io.seqtrace.trace.Profile;
import io.seqtrace.trace.TraceResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations and derived workflows of one revision, served from the trace store when this
 * commit was traced before, and from a full {@link Analysis} (loaded only when needed) otherwise.
 * Commands that only need workflows ({@code trace}, {@code diff}, {@code ops}) go through here.
 */
public final class TracedRevision {

  private final GitSource source;
  private final Revision revision;
  private final LoadOptions options;
  /** Loaded only when the code is: a fully stored revision never needs it (it costs a JSON mapper's start-up). */
  private final java.util.function.Supplier<Profile> profile;
  /** Present when the project was resolved beforehand: the analysis then reads no packaging file again. */
  private final Optional<PackagingFiles> packaging;
  private final Optional<TraceStore> store;
  private Analysis analysis;
  private TraceStore.StoredCatalog catalog;
  private String storeKey;

  private TracedRevision(GitSource source, Revision revision, LoadOptions options,
      java.util.function.Supplier<Profile> profile, Optional<PackagingFiles> packaging) {
    this.source = source;
    this.revision = revision;
    this.options = options;
    this.profile = profile;
    this.packaging = packaging;
    this.store = options.cacheDir().map(TraceStore::new);
  }

  /** Resolves {@code ref}; nothing is read or parsed until it is needed. */
  public static TracedRevision open(GitSource source, String ref, LoadOptions options, Profile profile) {
    return new TracedRevision(source, source.resolve(ref), options, () -> profile, Optional.empty());
  }

  /** The revision of a resolved project; nothing is read or parsed until it is needed. */
  public static TracedRevision open(GitSource source, ResolvedProject project) {
    return new TracedRevision(source, project.revision(), project.options(), project::profile,
        Optional.of(project.packaging()));
  }

  /** As {@link #open(GitSource, String, LoadOptions, Profile)}, reading the profile only if the code must be analysed. */
  public static TracedRevision open(GitSource source, String ref, LoadOptions options,
      java.util.function.Supplier<Profile> profile) {
    return new TracedRevision(source, source.resolve(ref), options, profile, Optional.empty());
  }

  public Revision revision() {
    return revision;
  }

  /** True once the code has been loaded (a fully stored revision never needs it). */
  public boolean loaded() {
    return analysis != null;
  }

  /** The full analysis, loading and parsing the code on first use. */
  public Analysis analysis() {
    if (analysis == null) {
      analysis = Analysis.load(source, revision, options, profile.get(),
          packaging.orElseGet(() -> PackagingFiles.read(source, revision)));
    }
    return analysis;
  }

  /** Every operation the API offers, sorted by name. */
  public List<Operation> operations() {
    return catalog().operations().stream().map(TraceStore.StoredOperation::toOperation).toList();
  }

  /** The operation an API name or alias stands for. */
  public Optional<Operation> find(String name) {
    TraceStore.StoredCatalog c = catalog();
    int i = c.lookupNames().indexOf(name);
    if (i < 0) {
      return Optional.empty();
    }
    String target = c.lookupTargets().get(i);
    return c.operations().stream().filter(op -> op.name().equals(target)).findFirst()
        .map(TraceStore.StoredOperation::toOperation);
  }

  /** The derived workflow of {@code op}, stored for next time. */
  public TraceResult trace(Operation op) {
    String commit = storeKey();
    Optional<TraceResult> stored = store.flatMap(s -> s.trace(commit, op.name()));
    if (stored.isPresent()) {
      return stored.get();
    }
    Operation real = analysis().engine().catalog().byName(op.name()).orElse(op);
    TraceResult result = analysis().engine().trace(real);
    store.ifPresent(s -> s.putTrace(commit, result));
    return result;
  }

  /**
   * What a stored result depends on besides the tracer: the commit, the profile and what was
   * read of the tree ({@code --path}, {@code --include-tests}).
   */
  private String storeKey() {
    if (storeKey == null) {
      storeKey = revision.commitId() + "\0" + profile.get().fingerprint() + "\0" + options.pathPrefix()
          + "\0" + options.includeTests();
    }
    return storeKey;
  }

  private TraceStore.StoredCatalog catalog() {
    if (catalog != null) {
      return catalog;
    }
    Optional<TraceStore.StoredCatalog> stored = store.flatMap(s -> s.catalog(storeKey()));
    if (stored.isPresent()) {
      catalog = stored.get();
      return catalog;
    }
    List<TraceStore.StoredOperation> ops = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (Operation op : analysis().engine().operations()) {
      ops.add(TraceStore.StoredOperation.of(op));
    }
    // Every name that finds something: API names, then the profile's aliases (which win, as in OperationCatalog).
    for (Map.Entry<String, String> alias : new java.util.TreeMap<>(profile.get().aliases()).entrySet()) {
      analysis().engine().catalog().find(alias.getKey()).ifPresent(op -> {
        names.add(alias.getKey());
        targets.add(op.name());
      });
    }
    for (Operation op : analysis().engine().operations()) {
      if (!names.contains(op.name())) {
        names.add(op.name());
        targets.add(op.name());
      }
    }
    catalog = new TraceStore.StoredCatalog(ops, names, targets);
    store.ifPresent(s -> s.putCatalog(storeKey(), catalog));
    return catalog;
  }
}
