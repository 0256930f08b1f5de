/**
 * On-disk caches: where they live ({@link io.seqtrace.cache.CacheDirs}) and a checksummed store
 * of derived data keyed by git blob id ({@link io.seqtrace.cache.BlobCache}).
 */
package io.seqtrace.cache;
