package dev.netgen.render;

import dev.netgen.model.OutputKey;
import dev.netgen.render.common.BridgeAclView;
import dev.netgen.render.common.DnsmasqView;
import dev.netgen.render.common.EbtablesView;
import dev.netgen.render.common.IptablesView;
import dev.netgen.render.common.NftablesView;
import dev.netgen.render.common.QemuArgs;
import dev.netgen.render.common.SysctlView;
import java.util.List;

/** The files every target writes the same way; a new one is a template and a line here. */
public final class CommonOutputs {
  public static final List<Output> ALL =
      List.of(
          Output.file(OutputKey.DNSMASQ, "common/dnsmasq.conf.ftl", Output.CONFIG, DnsmasqView::of),
          Output.file(OutputKey.SYSCTL, "common/sysctl.conf.ftl", Output.CONFIG, SysctlView::of),
          Output.file(
              OutputKey.IPTABLES, "common/iptables.sh.ftl", Output.SCRIPT, IptablesView::of),
          Output.file(
              OutputKey.EBTABLES, "common/ebtables.sh.ftl", Output.SCRIPT, EbtablesView::of),
          Output.file(
              OutputKey.NFTABLES, "common/nftables.sh.ftl", Output.SCRIPT, NftablesView::of),
          Output.file(
              OutputKey.NFTABLES_RULES, "common/netgen.nft.ftl", Output.CONFIG, NftablesView::of),
          new QemuArgs(),
          Output.file(
              OutputKey.BRIDGE_CONF, "common/bridge.conf.ftl", Output.CONFIG, BridgeAclView::of));

  private CommonOutputs() {}
}
