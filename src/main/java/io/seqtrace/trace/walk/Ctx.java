package io.seqtrace.trace.walk;

/** Where the walk is: who runs the code, and which participant handed control to an external one. */
record Ctx(String participant, String caller, int depth) {
  Ctx deeper() {
    return new Ctx(participant, caller, depth + 1);
  }
}
