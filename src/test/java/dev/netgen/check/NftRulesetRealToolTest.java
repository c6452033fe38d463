package dev.netgen.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.testing.CliRun;
import dev.netgen.testing.Proc;
import dev.netgen.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check compares under nftables agrees with the kernel: netgen.nft of fixtures/nftables,
 * loaded with nft -f in a throwaway namespace and listed back by nft, reads as the same chains,
 * hooks and rules as the file itself, so a healthy host passes rule for rule.
 */
class NftRulesetRealToolTest {
  @TempDir Path tmp;

  @Test
  void theLoadedTableListsBackAsTheRenderedFileReads() throws IOException {
    RealTool.requireRoot();
    RealTool.require("unshare", "util-linux");
    RealTool.require("nft", "nftables");
    var render = CliRun.run("render", "fixtures/nftables/model.yaml", "--out", tmp.toString());
    assertThat(render.exit()).as("%s", render).isZero();
    Path rules = tmp.resolve("etc/netgen/netgen.nft");
    var listed =
        Proc.run(
            tmp,
            "unshare",
            "--net",
            "sh",
            "-c",
            "nft -f \"$0\" && nft list ruleset",
            rules.toString());
    assertThat(listed.exit()).as("%s", listed).isZero();

    var loaded = NftRuleset.parse(listed.out()).table(FirewallFacts.NETGEN_TABLE);
    var file = NftRuleset.parse(Files.readString(rules)).table(FirewallFacts.NETGEN_TABLE);
    assertThat(file).containsKeys("pre_br0", "out_br0", "post_br0", "fwd_br0", "fwd_lab0");
    assertThat(loaded).isEqualTo(file);
  }
}
