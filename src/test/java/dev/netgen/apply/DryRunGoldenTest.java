package dev.netgen.apply;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Distro;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.ApplyModels;
import dev.netgen.testing.Golden;
import dev.netgen.write.Adoption;
import dev.netgen.write.TreeWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What apply --dry-run prints for the lab's transitions on a scratch root, as goldens
 * (fixtures/apply/FROM-to-TO.expected): the files the write would change, then the steps in order.
 * FROM "empty" is a root with nothing; the models are the nat fixture and the variants the apply
 * lab uses (reserved: its reservation changed; two: a second bridge br1 with tap1).
 */
class DryRunGoldenTest {
  @TempDir Path tmp;

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({"empty, nat", "nat, reserved", "reserved, two", "two, reserved"})
  void dryRunLines(String from, String to) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    if (!from.equals("empty")) {
      new TreeWriter(root).write(render(from), Adoption.NONE);
    }
    var apply = new Apply(root, Planners.forTarget("debian", root), step -> null);

    var preview = apply.preview(render(to), Adoption.NONE);

    var lines = new ArrayList<String>(preview.write().report().lines());
    lines.addAll(StepLines.preview(preview.steps()));
    String name = from + "-to-" + to;
    Golden.check(
        Path.of("fixtures/apply", name + ".expected"),
        String.join("\n", lines) + "\n",
        Golden.rerunCommand(DryRunGoldenTest.class, from + " to " + to));
  }

  /** The model NAME rendered for Debian, always from the same file name, as on a host. */
  private FileSet render(String name) throws IOException {
    String text =
        switch (name) {
          case "nat" -> ApplyModels.nat();
          case "reserved" -> ApplyModels.reserved();
          case "two" -> ApplyModels.two();
          default -> throw new IllegalArgumentException(name);
        };
    Path model = tmp.resolve("model.yaml");
    Files.writeString(model, text);
    var loaded =
        new ModelLoader()
            .load(model.toString(), InputStream.nullInputStream())
            .forTarget(Distro.DEBIAN);
    return new Renderer().render(loaded, Targets.find("debian").orElseThrow());
  }
}
