package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.write.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered dnsmasq configuration with the real dnsmasq, two bridges and a guest on each, in a
 * throwaway network namespace: each guest gets its own bridge's router and DNS server, never the
 * other's. One bridge is named "known", the tag dnsmasq sets itself on every request a dhcp-host
 * matches: with options tagged by the bridge's name, the reserved guest on br1 got known's DNS
 * server. lint refuses that name (name-valid); the model is rendered without lint here, as render
 * --force would, to show the tags hold even then.
 */
class DnsmasqTagsRealToolTest {
  static final String MODEL =
      """
      version: 1
      host: {name: vmhost, distro: debian}
      taps:
        tapa: {}
        tapb: {}
      bridges:
        known:
          ports: [tapa]
          address: 10.9.0.1/24
          dhcp_server:
            range: [10.9.0.10, 10.9.0.50]
            dns: [10.9.0.53]
        br1:
          ports: [tapb]
          address: 10.9.1.1/24
          dhcp_server:
            range: [10.9.1.10, 10.9.1.50]
      guests:
        ga:
          nics:
            - {tap: tapa, mac: "52:54:00:00:0a:01", ip: 10.9.0.5}
        gb:
          nics:
            - {tap: tapb, mac: "52:54:00:00:0b:01", ip: 10.9.1.5}
      """;

  private static final String SCRIPT =
      """
      set -u
      step() { echo "@@ $1"; }
      poll() { i=0; until grep -q "$3" "$2" 2>/dev/null; do i=$((i+1)); [ $i -lt $(($1*10)) ] || return 1; sleep 0.1; done; }
      ip link set lo up
      # guest NAME BRIDGE PORT MAC: a namespace behind PORT of BRIDGE, its end named eth0
      guest() {
        unshare --net sleep 60 & pid=$!
        until [ "$(readlink /proc/$pid/ns/net)" != "$(readlink /proc/self/ns/net)" ]; do sleep 0.05; done
        ip link add "$3" type veth peer name "$1"0 && ip link set "$3" master "$2" && ip link set "$3" up
        ip link set "$1"0 netns "$pid"
        nsenter --net=/proc/$pid/ns/net sh -c "ip link set lo up && ip link set $1""0 name eth0 && ip link set eth0 address $4 && ip link set eth0 up"
        eval "$1=$pid"
      }
      for b in known:10.9.0.1 br1:10.9.1.1; do
        ip link add "${b%%:*}" type bridge && ip link set "${b%%:*}" up && ip addr add "${b#*:}"/24 dev "${b%%:*}"
      done
      guest ga known tapa 52:54:00:00:0a:01
      guest gb br1 tapb 52:54:00:00:0b:01
      dnsmasq -k --conf-file="$ROOT/etc/dnsmasq.netgen.conf" -l "$W/leases" --pid-file= \\
        --log-facility="$W/dnsmasq.log" --user=root 2>"$W/dnsmasq.err" & dm=$!
      poll 10 "$W/dnsmasq.log" 'DHCP, IP range 10.9.1' || { cat "$W/dnsmasq.err" "$W/dnsmasq.log"; exit 1; }
      for g in ga gb; do
        step "$g"; eval pid=\\$$g
        nsenter --net=/proc/$pid/ns/net udhcpc -i eth0 -n -q -f -t 8 -T 2 -s "$W/lease.sh" 2>/dev/null
      done
      kill $dm $ga $gb 2>/dev/null; wait 2>/dev/null
      """;

  @TempDir Path tmp;

  @Test
  void eachGuestGetsOnlyItsOwnBridgesRouterAndDnsEvenBehindABridgeNamedKnown() throws Exception {
    ThrowawayNamespace.requireDhcpTools();
    var model = new ModelLoader().parse("tags.yaml", MODEL.getBytes(StandardCharsets.UTF_8));
    Path root = tmp.resolve("root");
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    Path lease = tmp.resolve("lease.sh");
    Files.writeString(
        lease,
        "#!/bin/sh\n[ \"$1\" = bound ] && echo \"ip=$ip router=$router dns=$dns\"\nexit 0\n");
    lease.toFile().setExecutable(true);

    var run =
        ThrowawayNamespace.run(
            tmp,
            Map.of("ROOT", root.toString(), "W", tmp.toString()),
            Duration.ofSeconds(90),
            SCRIPT);
    assertThat(run.exit()).as(run.toString()).isZero();
    var steps = Steps.of(run.out());

    assertThat(steps.get("ga"))
        .as("the guest behind 'known': its reservation and its bridge's DNS server: %s", run)
        .isEqualTo("ip=10.9.0.5 router=10.9.0.1 dns=10.9.0.53\n");
    assertThat(steps.get("gb"))
        .as("the reserved guest behind br1 gets br1's options only, not known's: %s", run)
        .isEqualTo("ip=10.9.1.5 router=10.9.1.1 dns=10.9.1.1\n");
  }
}
