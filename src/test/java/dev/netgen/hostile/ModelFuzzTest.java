package dev.netgen.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer over well-formed models ({@link ModelText}): deep enough to reach lint and render with
 * colliding names, overlapping subnets, dangling ports and raw text in single fields. Same property
 * as {@link LoadFuzzTest}, asserted by {@link HostileInput#check}; without JAZZER_FUZZ it replays
 * its Inputs folder.
 */
class ModelFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void anyGeneratedModelLoadsLintsAndRendersOrIsDiagnosed(FuzzedDataProvider data) {
    HostileInput.check(ModelText.of(data).getBytes(StandardCharsets.UTF_8));
  }
}
