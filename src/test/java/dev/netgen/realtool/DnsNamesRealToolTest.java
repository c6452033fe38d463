package dev.netgen.realtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.load.ModelLoader;
import dev.netgen.render.Renderer;
import dev.netgen.render.Targets;
import dev.netgen.testing.RealTool;
import dev.netgen.write.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bridge's names with the real dnsmasq, in a throwaway network namespace: two guests take their
 * leases from the rendered dnsmasq.conf (web a reserved address, db one from the pool), each is
 * told dnsmasq on the bridge as its DNS server, and each resolves the other by its bare name and as
 * NAME.vm.lan. An "upstream" namespace runs a second dnsmasq that claims every name in vm.lan
 * (203.0.113.66) and answers example.test: a name of vm.lan that no guest has is answered by
 * netgen's dnsmasq itself (NXDOMAIN, local=/vm.lan/) and never reaches it, and example.test is
 * forwarded to it (servers:, with no-resolv in place of the host's resolv.conf).
 */
class DnsNamesRealToolTest {
  static final String MODEL =
      """
      version: 1
      host: {name: vmhost, distro: debian}
      taps:
        tapw: {}
        tapd: {}
      bridges:
        br0:
          ports: [tapw, tapd]
          address: 10.9.0.1/24
          dhcp_server:
            range: [10.9.0.10, 10.9.0.50]
            domain: vm.lan
            servers: [10.99.0.1]
      guests:
        web:
          nics:
            - {tap: tapw, mac: "52:54:00:00:0d:01", ip: 10.9.0.5}
        db:
          nics:
            - {tap: tapd, mac: "52:54:00:00:0d:02"}
      """;

  private static final String SCRIPT =
      """
      set -u
      step() { echo "@@ $1"; }
      poll() { i=0; until grep -q "$3" "$2" 2>/dev/null; do i=$((i+1)); [ $i -lt $(($1*10)) ] || return 1; sleep 0.1; done; }
      ip link set lo up
      # box NAME: a process in a network namespace of its own, its pid in $NAME
      box() {
        unshare --net sleep 120 & pid=$!
        until [ "$(readlink /proc/$pid/ns/net)" != "$(readlink /proc/self/ns/net)" ]; do sleep 0.05; done
        nsenter --net=/proc/$pid/ns/net ip link set lo up
        eval "$1=$pid"
      }
      inside() { pid=$1; shift; nsenter --net=/proc/$pid/ns/net "$@"; }
      # guest NAME PORT MAC: a box behind PORT of br0, its end named eth0 with MAC
      guest() {
        box "$1"; eval pid=\\$$1
        ip link add "$2" type veth peer name "$1"0 && ip link set "$2" master br0 && ip link set "$2" up
        ip link set "$1"0 netns "$pid"
        inside "$pid" sh -c "ip link set $1""0 name eth0 && ip link set eth0 address $3 && ip link set eth0 up"
      }
      # ask PID NAME SERVER: NAME's IPv4 addresses as PID's resolver gets them, or the error
      ask() {
        inside "$1" busybox nslookup -type=a "$2" "$3" 2>&1 |
          awk '/^Name:/{n=$2} /^Address: /{print n, $2} /can.t find/{sub(/^.*can.t find /, ""); print}'
      }
      ip link add br0 type bridge && ip link set br0 up && ip addr add 10.9.0.1/24 dev br0
      box up
      ip link add up0 type veth peer name up1 && ip link set up1 netns "$up"
      ip addr add 10.99.0.2/24 dev up0 && ip link set up0 up
      inside "$up" sh -c 'ip addr add 10.99.0.1/24 dev up1 && ip link set up1 up'
      inside "$up" dnsmasq -k --port=53 --no-resolv --no-hosts --bind-interfaces --listen-address=10.99.0.1 \\
        --address=/example.test/198.51.100.7 --address=/vm.lan/203.0.113.66 --dhcp-leasefile="$W/up.leases" \\
        --pid-file= --log-queries --log-facility="$W/up.log" --user=root 2>"$W/up.err" &
      poll 10 "$W/up.log" 'started, version' || { cat "$W/up.err"; exit 1; }
      guest web tapw 52:54:00:00:0d:01
      guest db tapd 52:54:00:00:0d:02
      dnsmasq -k --conf-file="$ROOT/etc/dnsmasq.netgen.conf" -l "$W/leases" --pid-file= \\
        --log-queries --log-facility="$W/dnsmasq.log" --user=root 2>"$W/dnsmasq.err" &
      poll 10 "$W/dnsmasq.log" 'DHCP, IP range 10.9.0' || { cat "$W/dnsmasq.err" "$W/dnsmasq.log"; exit 1; }
      export g; for g in web db; do
        step "lease-$g"; eval pid=\\$$g
        inside "$pid" udhcpc -i eth0 -n -q -f -t 8 -T 2 -s "$W/lease.sh" 2>/dev/null
      done
      # each guest asks the DNS server its lease named
      web_dns=$(sed -n 's/^dns=//p' "$W/web.lease"); db_dns=$(sed -n 's/^dns=//p' "$W/db.lease")
      step web-asks-db; ask "$web" db "$web_dns"
      step web-asks-db-fqdn; ask "$web" db.vm.lan "$web_dns"
      step db-asks-web; ask "$db" web "$db_dns"
      step db-asks-web-fqdn; ask "$db" web.vm.lan "$db_dns"
      step no-such-guest; ask "$web" nosuch.vm.lan "$web_dns"
      step upstream-name; ask "$web" www.example.test "$web_dns"
      step upstream-saw; grep -o 'query\\[A\\] [^ ]*' "$W/up.log" | sort -u
      step dnsmasq-log; cat "$W/dnsmasq.err" "$W/dnsmasq.log"
      """;

  @TempDir Path tmp;

  @Test
  void guestsResolveEachOtherByNameAndTheDomainIsAnsweredLocally() throws Exception {
    ThrowawayNamespace.requireDhcpTools();
    RealTool.require("busybox", "busybox");
    var model = new ModelLoader().parse("names.yaml", MODEL.getBytes(StandardCharsets.UTF_8));
    Path root = tmp.resolve("root");
    new TreeWriter(root).write(new Renderer().render(model, Targets.find("debian").orElseThrow()));
    // udhcpc's script: configure eth0 as a DHCP client script would, and keep the lease's
    // values in W/GUEST.lease (the guest is the interface's namespace's own box name, passed
    // by the caller's loop variable g through the environment).
    Path lease = tmp.resolve("lease.sh");
    Files.writeString(
        lease,
        """
        #!/bin/sh
        [ "$1" = bound ] || exit 0
        ip addr add "$ip/$mask" dev "$interface"
        printf 'ip=%s\\ndns=%s\\n' "$ip" "$dns" > "$W/$g.lease"
        echo "ip=$ip dns=$dns"
        """);
    lease.toFile().setExecutable(true);

    var run =
        ThrowawayNamespace.run(
            tmp,
            Map.of("ROOT", root.toString(), "W", tmp.toString()),
            Duration.ofSeconds(120),
            SCRIPT);
    assertThat(run.exit()).as(run.toString()).isZero();
    var steps = Steps.of(run.out());

    assertThat(steps.get("lease-web")).as("%s", run).isEqualTo("ip=10.9.0.5 dns=10.9.0.1\n");
    String dbLease = steps.get("lease-db");
    assertThat(dbLease).as("%s", run).matches("ip=10\\.9\\.0\\.\\d+ dns=10\\.9\\.0\\.1\n");
    String dbIp = dbLease.substring(3, dbLease.indexOf(' '));
    assertThat(steps.get("web-asks-db")).as("%s", run).isEqualTo("db " + dbIp + "\n");
    assertThat(steps.get("web-asks-db-fqdn")).as("%s", run).isEqualTo("db.vm.lan " + dbIp + "\n");
    assertThat(steps.get("db-asks-web")).as("%s", run).isEqualTo("web 10.9.0.5\n");
    assertThat(steps.get("db-asks-web-fqdn")).as("%s", run).isEqualTo("web.vm.lan 10.9.0.5\n");
    assertThat(steps.get("no-such-guest"))
        .as("answered by netgen's dnsmasq, not the upstream's 203.0.113.66: %s", run)
        .isEqualTo("nosuch.vm.lan: NXDOMAIN\n");
    assertThat(steps.get("upstream-name"))
        .as("forwarded to servers: %s", run)
        .isEqualTo("www.example.test 198.51.100.7\n");
    assertThat(steps.get("upstream-saw"))
        .as("the upstream was asked for example.test only, never a name in vm.lan: %s", run)
        .isEqualTo("query[A] www.example.test\n");
  }
}
