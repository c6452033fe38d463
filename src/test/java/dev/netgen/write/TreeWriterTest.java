package dev.netgen.write;

import static dev.netgen.write.Trees.file;
import static dev.netgen.write.Trees.inode;
import static dev.netgen.write.Trees.link;
import static dev.netgen.write.Trees.mode;
import static dev.netgen.write.Trees.read;
import static dev.netgen.write.Trees.set;
import static dev.netgen.write.Trees.tempFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeWriterTest {
  @TempDir Path tmp;

  @Test
  void createsFilesWithExactModes() throws Exception {
    Path root = tmp.resolve("out");
    // 0777 and 0600 would come out as 0755 and 0600 if the writer left modes to the umask (022).
    var report =
        new TreeWriter(root)
            .write(
                set(
                    file("etc/conf.d/net", "net\n"),
                    file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0755),
                    file("etc/netgen/qemu/win7.args", "-netdev\n", 0777),
                    file("etc/netgen/qemu/xp.args", "-netdev\n", 0600),
                    link("etc/init.d/net.br0", "net.lo")));

    assertThat(read(root.resolve("etc/conf.d/net"))).isEqualTo("net\n");
    assertThat(mode(root.resolve("etc/conf.d/net"))).isEqualTo(0644);
    assertThat(mode(root.resolve("etc/netgen/iptables.sh"))).isEqualTo(0755);
    assertThat(mode(root.resolve("etc/netgen/qemu/win7.args"))).isEqualTo(0777);
    assertThat(mode(root.resolve("etc/netgen/qemu/xp.args"))).isEqualTo(0600);
    assertThat(mode(root.resolve("etc/netgen/manifest"))).isEqualTo(0644);
    assertThat(mode(root.resolve("etc"))).isEqualTo(0755);
    assertThat(mode(root.resolve("etc/netgen/qemu"))).isEqualTo(0755);
    assertThat(Files.readSymbolicLink(root.resolve("etc/init.d/net.br0"))).hasToString("net.lo");
    assertThat(report.lines())
        .containsExactly(
            "created /etc/conf.d/net",
            "created /etc/init.d/net.br0",
            "created /etc/netgen/iptables.sh",
            "created /etc/netgen/manifest",
            "created /etc/netgen/qemu/win7.args",
            "created /etc/netgen/qemu/xp.args");
    assertThat(report.changed()).isTrue();
  }

  @Test
  void leavesUnchangedFileUntouched() throws Exception {
    Path root = tmp.resolve("out");
    var render = set(file("etc/conf.d/net", "net\n"), link("etc/init.d/net.br0", "net.lo"));
    new TreeWriter(root).write(render);
    Path net = root.resolve("etc/conf.d/net");
    var old = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
    Files.setLastModifiedTime(net, old);
    long netInode = inode(net);
    long linkInode = inode(root.resolve("etc/init.d/net.br0"));

    var report = new TreeWriter(root).write(render);

    assertThat(Files.getLastModifiedTime(net)).isEqualTo(old);
    assertThat(inode(net)).isEqualTo(netInode);
    assertThat(inode(root.resolve("etc/init.d/net.br0"))).isEqualTo(linkInode);
    assertThat(report.lines())
        .containsExactly(
            "unchanged /etc/conf.d/net",
            "unchanged /etc/init.d/net.br0",
            "unchanged /etc/netgen/manifest");
    assertThat(report.changed()).isFalse();
  }

  @Test
  void updatesChangedFile() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/conf.d/net", "old\n")));

    var report = new TreeWriter(root).write(set(file("etc/conf.d/net", "new\n")));

    assertThat(read(root.resolve("etc/conf.d/net"))).isEqualTo("new\n");
    assertThat(report.lines())
        .as("the manifest records the new bytes' hash")
        .containsExactly("updated /etc/conf.d/net", "updated /etc/netgen/manifest");
  }

  @Test
  void fixesModeOnly() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0644)));

    var report =
        new TreeWriter(root).write(set(file("etc/netgen/iptables.sh", "#!/bin/sh\n", 0755)));

    assertThat(mode(root.resolve("etc/netgen/iptables.sh"))).isEqualTo(0755);
    assertThat(read(root.resolve("etc/netgen/iptables.sh"))).isEqualTo("#!/bin/sh\n");
    assertThat(report.lines()).contains("updated /etc/netgen/iptables.sh");
  }

  @Test
  void replacesRegularFileWithSymlink() throws Exception {
    Path root = tmp.resolve("out");
    Path at = root.resolve("etc/init.d/net.br0");
    new TreeWriter(root).write(set(file("etc/init.d/net.br0", "an old init script\n")));

    var report = new TreeWriter(root).write(set(link("etc/init.d/net.br0", "net.lo")));

    assertThat(Files.isSymbolicLink(at)).isTrue();
    assertThat(Files.readSymbolicLink(at)).hasToString("net.lo");
    assertThat(report.lines()).contains("updated /etc/init.d/net.br0");
  }

  @Test
  void replacesSymlinkWithRegularFile() throws Exception {
    Path root = tmp.resolve("out");
    Path elsewhere = Files.writeString(tmp.resolve("elsewhere"), "not netgen's\n");
    Path at = root.resolve("etc/conf.d/net");
    new TreeWriter(root).write(set(link("etc/conf.d/net", elsewhere.toString())));

    var report = new TreeWriter(root).write(set(file("etc/conf.d/net", "net\n")));

    assertThat(Files.isSymbolicLink(at)).isFalse();
    assertThat(read(at)).isEqualTo("net\n");
    assertThat(read(elsewhere)).as("the link's old target").isEqualTo("not netgen's\n");
    assertThat(report.lines()).contains("updated /etc/conf.d/net");
  }

  @Test
  void replacesLinkWithWrongTarget() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(link("etc/runlevels/default/net.br0", "/etc/init.d/net.br1")));

    var report =
        new TreeWriter(root)
            .write(set(link("etc/runlevels/default/net.br0", "/etc/init.d/net.br0")));

    assertThat(Files.readSymbolicLink(root.resolve("etc/runlevels/default/net.br0")))
        .hasToString("/etc/init.d/net.br0");
    assertThat(report.lines()).contains("updated /etc/runlevels/default/net.br0");
  }

  @Test
  void writesIntoRootThatIsItselfASymlink() throws Exception {
    Path real = Files.createDirectory(tmp.resolve("real"));
    Path root = Files.createSymbolicLink(tmp.resolve("out"), real);

    new TreeWriter(root).write(set(file("etc/conf.d/net", "net\n")));

    assertThat(read(real.resolve("etc/conf.d/net"))).isEqualTo("net\n");
  }

  @Test
  void planWritesNothing() throws Exception {
    Path root = tmp.resolve("out");
    var render = set(file("etc/conf.d/net", "net\n"));

    var missingRoot = new TreeWriter(root).plan(render);
    Files.createDirectory(root);
    var emptyRoot = new TreeWriter(root).plan(render);

    assertThat(missingRoot.report().lines())
        .containsExactly("created /etc/conf.d/net", "created /etc/netgen/manifest");
    assertThat(emptyRoot.report()).isEqualTo(missingRoot.report());
    assertThat(Trees.names(root)).as("not even a lock or a folder").isEmpty();
  }

  @Test
  void planMatchesWhatWriteThenDoes() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root)
        .write(set(file("etc/conf.d/net", "old\n"), file("etc/sysctl.conf", "s\n")));
    var render = set(file("etc/conf.d/net", "new\n"), link("etc/init.d/net.br0", "net.lo"));

    var planned = new TreeWriter(root).plan(render).report();
    var written = new TreeWriter(root).write(render);

    assertThat(written).isEqualTo(planned);
    assertThat(written.lines())
        .containsExactly(
            "updated /etc/conf.d/net",
            "created /etc/init.d/net.br0",
            "updated /etc/netgen/manifest",
            "removed /etc/sysctl.conf");
  }

  @Test
  void leavesNoTempFiles() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root)
        .write(
            set(
                file("etc/conf.d/net", "one\n"),
                file("etc/netgen/ebtables.sh", "#!/bin/sh\n"),
                link("etc/init.d/net.br0", "net.lo")));
    new TreeWriter(root)
        .write(
            set(
                file("etc/conf.d/net", "two\n"),
                file("etc/netgen/ebtables.sh", "#!/bin/sh\n", 0755),
                link("etc/init.d/net.br1", "net.lo")));

    assertThat(tempFiles(root)).isEmpty();
    assertThat(Files.exists(root.resolve("etc/init.d/net.br0"), LinkOption.NOFOLLOW_LINKS))
        .isFalse();
    assertThat(Files.isSymbolicLink(root.resolve("etc/init.d/net.br1"))).isTrue();
  }

  @Test
  void sweepsTemporaryFilesOfAKilledRenderInTheFoldersItWrites() throws Exception {
    Path root = tmp.resolve("out");
    new TreeWriter(root).write(set(file("etc/conf.d/net", "one\n"), file("etc/other/x", "x\n")));
    // What a render killed between creating its temporary files and renaming them leaves.
    Files.writeString(root.resolve("etc/conf.d/.netgen-tmp-123"), "half");
    Files.createSymbolicLink(root.resolve("etc/conf.d/.netgen-tmp-456"), Path.of("net.lo"));
    Files.createDirectory(root.resolve("etc/conf.d/.netgen-tmp-dir"));
    Files.createDirectories(root.resolve("etc/unrelated"));
    Files.writeString(
        root.resolve("etc/unrelated/.netgen-tmp-789"), "not in a folder this render touches");

    new TreeWriter(root).write(set(file("etc/conf.d/net", "two\n"), file("etc/other/x", "x\n")));

    assertThat(Trees.names(root.resolve("etc/conf.d"))).containsExactly(".netgen-tmp-dir", "net");
    assertThat(root.resolve("etc/unrelated/.netgen-tmp-789")).exists();
  }
}
