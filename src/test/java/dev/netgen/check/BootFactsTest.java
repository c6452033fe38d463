package dev.netgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.render.FileSet;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On Gentoo, every device the host needs at boot has its net.* service in a runlevel; a bridge port
 * does not need one (its bridge brings it up). The nat fixture's Gentoo render links its uplink
 * wlan0 and its bridge br0 into the default runlevel; without the uplink's link, check warns.
 */
class BootFactsTest {
  private static final String MODEL = "fixtures/nat/model.yaml";

  @TempDir Path root;
  private Model model;
  private FileSet rendered;
  private FakeHost host;

  @BeforeEach
  void renderTheNatFixtureForGentoo() throws IOException {
    model = new ModelLoader().load(MODEL, InputStream.nullInputStream());
    rendered = new Renderer().render(model, Targets.find("gentoo").orElseThrow());
    var run = CliRun.run("render", MODEL, "--target", "gentoo", "--out", root.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    host = new FakeHost(Files.readString(root.resolve("etc/dnsmasq.netgen.conf")));
  }

  private List<Fact> bootFacts() {
    return Check.run(model, "gentoo", rendered, root, host).stream()
        .filter(f -> f.subject().equals("boot"))
        .toList();
  }

  @Test
  void theRenderedTreeLinksEveryDeviceTheHostNeedsAtBoot() {
    assertThat(bootFacts())
        .extracting(f -> f.status().word() + " " + f.name() + " " + f.found())
        .containsExactly("pass net.wlan0 default", "pass net.br0 default");
  }

  @Test
  void anUplinkInNoRunlevelWarns() throws IOException {
    Files.delete(root.resolve("etc/runlevels/default/net.wlan0"));

    var facts = bootFacts();

    assertThat(facts)
        .extracting(f -> f.status().word() + " " + f.name() + " " + f.found())
        .containsExactly("warn net.wlan0 in none", "pass net.br0 default");
    assertThat(facts.get(0).hint()).startsWith("rc-update add net.wlan0 default");
  }

  @Test
  void theUplinkLinkedIntoAnotherRunlevelPasses() throws IOException {
    Files.delete(root.resolve("etc/runlevels/default/net.wlan0"));
    Files.createDirectories(root.resolve("etc/runlevels/boot"));
    Files.createSymbolicLink(
        root.resolve("etc/runlevels/boot/net.wlan0"), Path.of("/etc/init.d/net.wlan0"));

    assertThat(bootFacts())
        .extracting(f -> f.status().word() + " " + f.name() + " " + f.found())
        .containsExactly("pass net.wlan0 boot", "pass net.br0 default");
  }

  /** Check and render agree on every fixture: a fresh Gentoo render has no boot warning. */
  @ParameterizedTest
  @ValueSource(strings = {"bridged", "mac_nat", "nat"})
  void everyFixtureRenderedForGentooPassesItsBootFacts(String fixture) throws IOException {
    String file = "fixtures/" + fixture + "/model.yaml";
    var other = new ModelLoader().load(file, InputStream.nullInputStream());
    var tree = root.resolve("fixture-" + fixture);
    var run = CliRun.run("render", file, "--target", "gentoo", "--out", tree.toString());
    assertThat(run.exit()).as("%s", run).isZero();
    var files = new Renderer().render(other, Targets.find("gentoo").orElseThrow());

    var facts =
        Check.run(other, "gentoo", files, tree, host).stream()
            .filter(f -> f.subject().equals("boot"))
            .toList();

    assertThat(facts).isNotEmpty().allMatch(f -> f.status() == Status.PASS, "all pass");
  }

  @Test
  void debianHasNoRunlevelFacts() {
    var debian = new Renderer().render(model, Targets.find("debian").orElseThrow());

    assertThat(Check.run(model, "debian", debian, root, host))
        .noneMatch(f -> f.subject().equals("boot"));
  }
}
