#!/usr/bin/perl
# tapwire HOST_TAP NETNS GUEST_TAP [USER GROUP]
# tapwire --attach-as USER GROUP TAP   (attach, say so, detach: may USER open TAP?)
# tapwire --fd FD NETNS GUEST_TAP       (the host half on a tap descriptor FD already
#                                        open: one qemu-bridge-helper made, lab/helperwire.py)
#
# The lab's stand-in for QEMU's tap back end. QEMU started with
#   -netdev tap,ifname=tap0,script=no,downscript=no
# opens /dev/net/tun and attaches to the tap the network configuration made
# (TUNSETIFF on an existing persistent tap), as whatever user QEMU runs as. It then
# reads the frames the host sends to the guest from that descriptor and writes the
# guest's frames to it. tapwire does the same on the host side, as USER:GROUP when
# given (the tap's owner: without CAP_NET_ADMIN the kernel lets only the owner or
# group attach), and carries every frame to and from a tap GUEST_TAP in network
# namespace NETNS, which stands for the guest's NIC: what the guest's kernel sends
# on it comes out of the host's tap, and the reverse.
#
# The two halves run in different network namespaces, so they are two processes
# joined by a SOCK_SEQPACKET socket pair (one frame a message). Either ends when the
# other does; a failure says which half and why on stderr and exits non-zero.
use strict;
use warnings;
use Fcntl qw(O_RDWR F_GETFD F_SETFD FD_CLOEXEC);
use POSIX ();
use Socket qw(AF_UNIX SOCK_SEQPACKET);

use constant TUNSETIFF => 0x400454ca;    # _IOW('T', 202, int)
use constant IFF_TAP   => 0x0002;
use constant IFF_NO_PI => 0x1000;

sub open_tun {
    sysopen(my $tun, '/dev/net/tun', O_RDWR) or die "tapwire: open /dev/net/tun: $!\n";
    return $tun;
}

sub attach {
    my ($tun, $name) = @_;
    # struct ifreq: char ifr_name[16]; short ifr_flags; padded to 40 bytes
    my $ifr = pack('Z16 s x22', $name, IFF_TAP | IFF_NO_PI);
    ioctl($tun, TUNSETIFF, $ifr) or die "tapwire: attach to tap $name (uid $>): $!\n";
    return $tun;
}

sub relay {
    my ($tap, $peer) = @_;
    my $in = '';
    vec($in, fileno($tap), 1) = 1;
    vec($in, fileno($peer), 1) = 1;
    for (;;) {
        my $ready = select(my $out = $in, undef, undef, undef);
        if ($ready < 0) {
            next if $!{EINTR};
            die "tapwire: select: $!\n";
        }
        if (vec($out, fileno($tap), 1)) {
            defined(sysread($tap, my $frame, 65536)) or die "tapwire: read tap: $!\n";
            defined(send($peer, $frame, 0)) or exit 0;
        }
        if (vec($out, fileno($peer), 1)) {
            my $n = sysread($peer, my $frame, 65536);
            exit 0 unless $n;    # the other half is gone
            # a tap that is down (its bridge taken down and up by ifdown/ifup) refuses a frame
            # with EIO: QEMU drops the frame and goes on, and so does its stand-in
            defined(syswrite($tap, $frame)) or $!{EIO} or die "tapwire: write tap: $!\n";
        }
    }
}

sub become {
    my ($user, $group) = @_;
    my $uid = getpwnam($user) // die "tapwire: no user $user\n";
    my $gid = getgrnam($group) // die "tapwire: no group $group\n";
    $) = "$gid $gid";    # egid and the supplementary groups
    POSIX::setgid($gid) or die "tapwire: setgid $group: $!\n";
    POSIX::setuid($uid) or die "tapwire: setuid $user: $!\n";
    die "tapwire: still root\n" if $> == 0 || $< == 0;
}

if (@ARGV == 4 && $ARGV[0] eq '--attach-as') {
    my (undef, $user, $group, $tap) = @ARGV;
    my $tun = open_tun();
    become($user, $group);
    attach($tun, $tap);
    print "$user:$group attached to $tap\n";
    exit 0;
}

if (@ARGV == 3 && $ARGV[0] eq '--half') {
    # the guest half: in NETNS already (ip netns exec), the socket on fd ARGV[2]
    my (undef, $tap, $fd) = @ARGV;
    open(my $peer, '+<&=', $fd) or die "tapwire: fd $fd: $!\n";
    relay(attach(open_tun(), $tap), $peer);
}

my $host_fd;
if (@ARGV == 4 && $ARGV[0] eq '--fd') {
    # the descriptor stays with this half only: not inherited by the guest half's exec
    open($host_fd, '+<&=', $ARGV[1]) or die "tapwire: fd $ARGV[1]: $!\n";
    fcntl($host_fd, F_SETFD, FD_CLOEXEC) or die "tapwire: fcntl: $!\n";
    splice(@ARGV, 0, 2, '');
}
die "usage: tapwire HOST_TAP NETNS GUEST_TAP [USER GROUP]\n" unless @ARGV == 3 || @ARGV == 5;
my ($host_tap, $netns, $guest_tap, $user, $group) = @ARGV;
socketpair(my $host_end, my $guest_end, AF_UNIX, SOCK_SEQPACKET, 0) or die "tapwire: socketpair: $!\n";
my $pid = fork() // die "tapwire: fork: $!\n";
if ($pid == 0) {
    close($host_end);
    fcntl($guest_end, F_SETFD, fcntl($guest_end, F_GETFD, 0) & ~FD_CLOEXEC) or die "tapwire: fcntl: $!\n";
    exec('ip', 'netns', 'exec', $netns, $^X, $0, '--half', $guest_tap, fileno($guest_end))
        or die "tapwire: exec ip netns exec $netns: $!\n";
}
close($guest_end);
relay($host_fd, $host_end) if defined $host_fd;
# /dev/net/tun is opened first: udev makes it 0666 on a Debian host, but a machine
# without udev may keep it root-only. The kernel checks the tap's owner and group
# when attaching, below, after the privileges are dropped.
my $tun = open_tun();
become($user, $group) if defined $user;
relay(attach($tun, $host_tap), $host_end);
