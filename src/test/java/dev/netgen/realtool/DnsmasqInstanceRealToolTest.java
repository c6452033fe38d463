package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.model.Model;
import dev.netgen.model.Nic;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * netgen's dnsmasq instance next to the admin's own, with the real dnsmasq in a throwaway network
 * namespace (docs/debian.md, docs/formats.md). The instance is started with the options the
 * rendered /etc/default/dnsmasq.netgen gives the Debian package's helper. The stock dnsmasq, as the
 * package ships it (no option set: DNS on port 53 of every address, bound to the wildcard), takes
 * port 53 for every address, so whichever starts second fails; with the two lines the docs ask the
 * admin to add (bind-dynamic, except-interface=BRIDGE) both run, each on its own addresses, and a
 * guest behind the bridge gets its reservation from netgen's.
 */
class DnsmasqInstanceRealToolTest {
  private static final String SCRIPT =
      """
      set -u
      step() { echo "@@ $1"; }
      # poll SECONDS FILE TEXT: wait until FILE holds TEXT
      poll() { i=0; until grep -q "$3" "$2" 2>/dev/null; do i=$((i+1)); [ $i -lt $(($1*10)) ] || return 1; sleep 0.1; done; }
      ip link set lo up
      ip link add br0 type bridge && ip link set br0 up && ip addr add 172.16.1.1/24 dev br0
      ip link add tap0 type veth peer name g0 && ip link set tap0 master br0 && ip link set tap0 up
      ip link add eth0 type veth peer name p0 && ip addr add 192.168.1.5/24 dev eth0 && ip link set eth0 up
      unshare --net sleep 30 & guest=$!
      until [ "$(readlink /proc/$guest/ns/net)" != "$(readlink /proc/self/ns/net)" ]; do sleep 0.05; done
      ip link set g0 netns "$guest"
      G="nsenter --net=/proc/$guest/ns/net"
      $G ip link set lo up && $G ip link set g0 address "$MAC" && $G ip link set g0 up
      # what /usr/share/dnsmasq/init-system-common passes for the instance, conf from this tree
      . "$ROOT/etc/default/dnsmasq.netgen"
      netgen() {
        dnsmasq -k --conf-file="$ROOT${DNSMASQ_OPTS#--conf-file=}" -I "$DNSMASQ_EXCEPT" -l "$W/leases" \\
          --pid-file= --log-facility="$W/$1.log" --user=root 2>"$W/$1.err" & ng=$!
      }
      stock() {
        dnsmasq -k -C "$W/$1.conf" --local-service --pid-file= --log-facility="$W/$1.log" --user=root & st=$!
        poll 5 "$W/$1.log" 'started, version'
      }
      alive() { kill -0 "$1" 2>/dev/null && echo running || echo exited; }

      : >"$W/shipped.conf"
      stock shipped
      netgen clash
      poll 5 "$W/clash.err" 'Address already in use' || true
      i=0; while kill -0 "$ng" 2>/dev/null && [ $i -lt 30 ]; do sleep 0.1; i=$((i+1)); done
      step shipped; echo "stock $(alive $st), netgen $(alive $ng)"; grep -o 'failed to create listening socket.*' "$W/clash.err"
      kill $st $ng 2>/dev/null; wait $st $ng 2>/dev/null

      printf 'bind-dynamic\\nexcept-interface=br0\\n' >"$W/fixed.conf"
      stock fixed
      netgen side
      poll 5 "$W/side.log" 'DHCP, IP range'
      step sockets; ss -H -lnu 'sport = :53' | awk '{print $4}' | sort
      step guest; $G udhcpc -i g0 -n -q -f -t 5 -T 1 -s "$W/lease.sh" 2>/dev/null
      step running; echo "stock $(alive $st), netgen $(alive $ng)"
      kill $st $ng $guest 2>/dev/null; wait 2>/dev/null
      """;

  @TempDir Path tmp;

  @Test
  void netgensInstanceRunsNextToAStockDnsmasqThatKeepsOffTheBridge() throws Exception {
    ThrowawayNamespace.requireDhcpTools();
    RealTool.require("ss", "iproute2");
    Model model = new ModelLoader().load("fixtures/nat/model.yaml", InputStream.nullInputStream());
    Nic nic = model.guests().get("win7").nics().get(0);
    Path root = tmp.resolve("root");
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    Path lease = tmp.resolve("lease.sh");
    java.nio.file.Files.writeString(
        lease, "#!/bin/sh\n[ \"$1\" = bound ] && echo \"ip=$ip router=$router\"\nexit 0\n");
    lease.toFile().setExecutable(true);

    var run =
        ThrowawayNamespace.run(
            tmp,
            Map.of(
                "ROOT", root.toString(), "W", tmp.toString(), "MAC", nic.mac().value().toString()),
            Duration.ofSeconds(60),
            SCRIPT);
    assertThat(run.exit()).as(run.toString()).isZero();
    var steps = Steps.of(run.out());

    assertThat(steps.get("shipped"))
        .as("the stock dnsmasq as shipped holds port 53 on every address: %s", run)
        .isEqualTo(
            "stock running, netgen exited\nfailed to create listening socket for 172.16.1.1: Address already in use\n");
    assertThat(steps.get("sockets"))
        .as("each on its own addresses: %s", run)
        .contains("172.16.1.1:53\n", "127.0.0.1:53\n", "192.168.1.5:53\n")
        .doesNotContain("0.0.0.0:53");
    assertThat(steps.get("guest"))
        .as("the guest's reservation, from netgen's instance: %s", run)
        .isEqualTo("ip=" + nic.ip().orElseThrow().value() + " router=172.16.1.1\n");
    assertThat(steps.get("running")).isEqualTo("stock running, netgen running\n");
  }
}
