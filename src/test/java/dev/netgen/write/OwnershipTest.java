package dev.netgen.write;

import static dev.netgen.write.Trees.failure;
import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.diag.ExitCode;
import dev.netgen.model.OutputPath;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The take-over guard, adoption, restore and uninstall on a host with real files of its own ({@link
 * AdminHost}): modes, owners, mtimes, a link, a folder in the way, netifrc's net.lo.
 */
class OwnershipTest {
  @TempDir Path tmp;
  Path root;
  Map<String, AdminHost.Entry> before;

  @BeforeEach
  void host() throws Exception {
    root = tmp.resolve("host");
    AdminHost.build(root);
    before = AdminHost.snapshot(root);
  }

  @Test
  void guardStopsBeforeTheFirstWriteAndListsEveryPathWithWhatIsThere() throws Exception {
    var e = failure(() -> new TreeWriter(root).write(AdminHost.render()));

    assertThat(e).isInstanceOf(TakeOverRefused.class);
    assertThat(e.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(e.getMessage())
        .contains(
            "\n  /etc/conf.d/net: a directory, mode 0700, owner "
                + AdminHost.UID
                + ":"
                + AdminHost.GID
                + "\n",
            "\n  /etc/dnsmasq.conf: a regular file, 46 bytes, mode 0600, owner root:"
                + AdminHost.GID
                + "\n",
            "\n  /etc/init.d/net.lo: a regular file, 35 bytes, mode 0755, owner root:root\n",
            "\n  /etc/runlevels/default/dnsmasq: a symbolic link -> '/etc/init.d/dnsmasq', owner "
                + AdminHost.UID
                + ":root\n",
            "\n  /etc/sysctl.conf: a regular file, 36 bytes, mode 0640, owner "
                + AdminHost.UID
                + ":"
                + AdminHost.GID
                + "\n");
    assertThat(e.getMessage())
        .endsWith(
            "\n  --adopt /etc/conf.d/net --adopt /etc/dnsmasq.conf --adopt /etc/init.d/net.lo"
                + " --adopt /etc/runlevels/default/dnsmasq --adopt /etc/sysctl.conf");
    assertThat(((TakeOverRefused) e).blocked()).hasSize(5);
    assertThat(AdminHost.snapshot(root))
        .as("nothing written, and the lock taken back")
        .isEqualTo(before);
  }

  @Test
  void dryRunShowsThePathsInTheWayAsUnowned() {
    var plan = new TreeWriter(root).plan(AdminHost.render());

    var unowned =
        plan.changes().stream()
            .filter(c -> c.status() == FileStatus.UNOWNED)
            .map(c -> c.path().relative())
            .toList();
    assertThat(unowned).containsExactly(AdminHost.ADOPTED);
    assertThat(plan.blocked()).hasSize(5);
  }

  @Test
  void adoptingOnePathStillStopsForTheOthers() {
    var e =
        failure(() -> new TreeWriter(root).write(AdminHost.render(), adopting("etc/sysctl.conf")));

    assertThat(((TakeOverRefused) e).blocked())
        .extracting(b -> b.path().relative())
        .containsExactly(
            "etc/conf.d/net",
            "etc/dnsmasq.conf",
            "etc/init.d/net.lo",
            "etc/runlevels/default/dnsmasq");
  }

  @Test
  void adoptionKeepsEachOriginalWithItsModeOwnerAndMtimeAndWritesNetgensFile() throws Exception {
    var report = new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);

    assertThat(report.lines())
        .contains(
            "adopted /etc/conf.d/net",
            "adopted /etc/dnsmasq.conf",
            "adopted /etc/init.d/net.lo",
            "adopted /etc/runlevels/default/dnsmasq",
            "adopted /etc/sysctl.conf",
            "created /etc/netgen/qemu/vm.args");
    for (String path : AdminHost.ADOPTED) {
      assertThat(keptOriginal(path)).as(path).isEqualTo(originalsBelow(path));
    }
    assertThat(read(root.resolve("etc/sysctl.conf"))).contains("net.ipv4.ip_forward = 1");
    assertThat(Files.readSymbolicLink(root.resolve("etc/init.d/net.lo"))).hasToString("net.lo");
    var owned = Manifest.parse(Files.readAllBytes(root.resolve(Manifest.PATH.relative())));
    assertThat(
            owned.entries().values().stream()
                .filter(Manifest.Entry::adopted)
                .map(en -> en.path().relative()))
        .containsExactly(AdminHost.ADOPTED);
    assertThat(new TreeWriter(root).write(AdminHost.render()).changed())
        .as("a second render has nothing to do")
        .isFalse();
  }

  @Test
  void whenTheModelStopsProducingAnAdoptedPathTheOriginalComesBack() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);

    var report = new TreeWriter(root).write(AdminHost.laterRender());

    assertThat(report.lines())
        .contains(
            "restored /etc/dnsmasq.conf",
            "restored /etc/init.d/net.lo",
            "restored /etc/runlevels/default/dnsmasq",
            "updated /etc/conf.d/net",
            "unchanged /etc/sysctl.conf");
    for (String path :
        new String[] {"etc/dnsmasq.conf", "etc/init.d/net.lo", "etc/runlevels/default/dnsmasq"}) {
      assertThat(AdminHost.entry(root.resolve(path))).as(path).isEqualTo(before.get(path));
      assertThat(root.resolve("etc/netgen/adopted/" + path)).doesNotExist();
    }
    assertThat(keptOriginal("etc/sysctl.conf")).isEqualTo(originalsBelow("etc/sysctl.conf"));
  }

  @Test
  void uninstallLeavesTheHostExactlyAsItWasBeforeTheFirstRender() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);
    new TreeWriter(root).write(AdminHost.laterRender());
    var dryRun = new Uninstaller(root).dryRun();

    var report = new Uninstaller(root).run();

    assertThat(report.keptChanged()).isFalse();
    assertThat(report.lines()).as("the dry run said the same").isEqualTo(dryRun.lines());
    assertThat(report.lines())
        .contains(
            "restored /etc/conf.d/net",
            "restored /etc/sysctl.conf",
            "removed /etc/init.d/net.br0",
            "removed /etc/netgen/manifest",
            "removed /etc/netgen/qemu/",
            "removed /etc/netgen/");
    assertThat(AdminHost.snapshot(root)).isEqualTo(before);
  }

  @Test
  void uninstallRightAfterAnAdoptingRenderAlsoRestoresEverything() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);

    new Uninstaller(root).run();

    assertThat(AdminHost.snapshot(root)).isEqualTo(before);
    assertThat(new Uninstaller(root).run().hadManifest()).as("nothing left to uninstall").isFalse();
  }

  @Test
  void anOwnedFileChangedByHandIsKeptAndReportedUnlessAdopted() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);
    Path args = root.resolve("etc/netgen/qemu/vm.args");
    Files.writeString(args, "-netdev tap,id=n0,vhost=on\n");

    var kept = new TreeWriter(root).write(AdminHost.render());

    assertThat(kept.lines()).contains("kept, changed by hand: /etc/netgen/qemu/vm.args");
    assertThat(kept.keptChanged()).isTrue();
    assertThat(read(args)).isEqualTo("-netdev tap,id=n0,vhost=on\n");

    var adopted =
        new TreeWriter(root).write(AdminHost.render(), adopting("etc/netgen/qemu/vm.args"));

    assertThat(adopted.lines()).contains("adopted /etc/netgen/qemu/vm.args");
    assertThat(read(args)).isEqualTo("-netdev tap,id=n0\n");
    assertThat(read(root.resolve("etc/netgen/adopted/etc/netgen/qemu/vm.args")))
        .isEqualTo("-netdev tap,id=n0,vhost=on\n");
    new Uninstaller(root).run();
    assertThat(read(args))
        .as("the hand-edited version is the one given back")
        .isEqualTo("-netdev tap,id=n0,vhost=on\n");
  }

  @Test
  void adoptingAChangedPathWhoseOriginalIsAlreadyKeptStopsTheRender() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);
    Files.writeString(root.resolve("etc/sysctl.conf"), "vm.swappiness = 60\n");

    var e =
        failure(() -> new TreeWriter(root).write(AdminHost.render(), adopting("etc/sysctl.conf")));

    assertThat(e.getMessage())
        .contains(
            "/etc/sysctl.conf: changed by hand, and /etc/netgen/adopted/etc/sysctl.conf already holds the original netgen adopted");
    assertThat(read(root.resolve("etc/sysctl.conf"))).isEqualTo("vm.swappiness = 60\n");
    assertThat(keptOriginal("etc/sysctl.conf")).isEqualTo(originalsBelow("etc/sysctl.conf"));
  }

  @Test
  void aDroppedPathChangedByHandKeepsItsOriginalWaitingUntilThePathIsFreed() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);
    Files.writeString(root.resolve("etc/dnsmasq.conf"), "interface=br0\n# and mine\n");

    var first = new TreeWriter(root).write(AdminHost.laterRender());

    assertThat(first.lines()).contains("kept, changed by hand: /etc/dnsmasq.conf");
    assertThat(read(root.resolve("etc/dnsmasq.conf"))).isEqualTo("interface=br0\n# and mine\n");
    assertThat(keptOriginal("etc/dnsmasq.conf")).isEqualTo(originalsBelow("etc/dnsmasq.conf"));
    Files.delete(root.resolve("etc/dnsmasq.conf"));

    var second = new TreeWriter(root).write(AdminHost.laterRender());

    assertThat(second.lines()).contains("restored /etc/dnsmasq.conf");
    assertThat(AdminHost.entry(root.resolve("etc/dnsmasq.conf")))
        .isEqualTo(before.get("etc/dnsmasq.conf"));
  }

  @Test
  void uninstallKeepsWhatWasChangedByHandAndFinishesOnceItIsDealtWith() throws Exception {
    new TreeWriter(root).write(AdminHost.render(), Adoption.ALL);
    Files.writeString(
        root.resolve("etc/sysctl.conf"), "net.ipv4.ip_forward = 1\nvm.swappiness = 60\n");
    Files.writeString(root.resolve("etc/netgen/qemu/vm.args"), "mine now\n");

    var first = new Uninstaller(root).run();

    assertThat(first.keptChanged()).isTrue();
    assertThat(first.lines())
        .contains(
            "kept, changed by hand: /etc/sysctl.conf",
                "kept, changed by hand: /etc/netgen/qemu/vm.args",
            "restored /etc/dnsmasq.conf", "updated /etc/netgen/manifest");
    assertThat(read(root.resolve("etc/netgen/qemu/vm.args"))).isEqualTo("mine now\n");
    assertThat(Manifest.parse(Files.readAllBytes(root.resolve(Manifest.PATH.relative()))).paths())
        .as("only the path an adopted original waits for")
        .containsExactly(OutputPath.of("etc/sysctl.conf"));
    Files.delete(root.resolve("etc/sysctl.conf"));
    Files.delete(root.resolve("etc/netgen/qemu/vm.args"));

    var second = new Uninstaller(root).run();

    assertThat(second.keptChanged()).isFalse();
    assertThat(second.lines())
        .contains("restored /etc/sysctl.conf", "removed /etc/netgen/manifest");
    assertThat(AdminHost.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aFormatOneManifestStillOwnsNetgensOwnFilesButNotTheAdminsAppendedLine() throws Exception {
    Path fresh = tmp.resolve("v1");
    Files.createDirectories(fresh.resolve("etc/netgen"));
    Files.writeString(
        fresh.resolve("etc/conf.d.conf"), "# Generated by netgen from model.yaml.\nold\n");
    Files.writeString(
        fresh.resolve("etc/gone.conf"), "# Generated by netgen from model.yaml.\nstale\n");
    Files.writeString(fresh.resolve("etc/passwd"), "root:x:0:0::/root:/bin/sh\n");
    Files.writeString(
        fresh.resolve("etc/netgen/manifest"),
        "# netgen: files owned by netgen\netc/conf.d.conf\netc/gone.conf\netc/netgen/manifest\netc/passwd\n");

    var report =
        new TreeWriter(fresh)
            .write(set(file("etc/conf.d.conf", "# Generated by netgen from model.yaml.\nnew\n")));

    assertThat(report.lines())
        .containsExactly(
            "updated /etc/conf.d.conf",
            "removed /etc/gone.conf",
            "updated /etc/netgen/manifest",
            "kept, changed by hand: /etc/passwd");
    assertThat(read(fresh.resolve("etc/passwd"))).isEqualTo("root:x:0:0::/root:/bin/sh\n");
  }

  /**
   * The kept original of path (and what is below it, for a folder), keyed relative to path's place.
   */
  private Map<String, AdminHost.Entry> keptOriginal(String path) throws Exception {
    return entriesAt(root.resolve("etc/netgen/adopted/" + path));
  }

  private Map<String, AdminHost.Entry> originalsBelow(String path) {
    var entries = new TreeMap<String, AdminHost.Entry>();
    before.forEach(
        (p, e) -> {
          if (p.equals(path)) {
            entries.put("", e);
          } else if (p.startsWith(path + "/")) {
            entries.put(p.substring(path.length() + 1), e);
          }
        });
    return entries;
  }

  private static Map<String, AdminHost.Entry> entriesAt(Path at) throws Exception {
    var entries = new TreeMap<String, AdminHost.Entry>();
    if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
      return entries;
    }
    entries.put("", AdminHost.entry(at));
    if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
      entries.putAll(AdminHost.snapshot(at, at));
    }
    return entries;
  }

  private static Adoption adopting(String... paths) {
    var set = new java.util.HashSet<OutputPath>();
    for (String p : paths) {
      set.add(OutputPath.of(p));
    }
    return new Adoption(Set.copyOf(set), false);
  }
}
