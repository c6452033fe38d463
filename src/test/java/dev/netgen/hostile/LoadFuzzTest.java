package dev.netgen.hostile;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer over the loader: any bytes give a model or a diagnosed refusal. Without JAZZER_FUZZ it
 * replays its Inputs directory (findings kept as regression cases); docs/fuzzing.md says how to
 * fuzz for longer. The assertions are {@link HostileInput#check}'s, shared with the hostile corpus:
 * a refusal must be exit 2 with a printable diagnostic (with line and column where the model is at
 * fault), and any other exception fails the run.
 */
class LoadFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void loadingAnyBytesGivesAModelOrADiagnostic(byte[] data) {
    HostileInput.check(data);
  }
}
