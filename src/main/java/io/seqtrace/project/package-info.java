/**
 * Loads a whole code base at one revision: lists its Python files, parses them in parallel and
 * caches the models by git blob id ({@link io.seqtrace.project.Codebase}).
 */
package io.seqtrace.project;
