#!/usr/bin/python3
# helperwire BRIDGE NETNS GUEST_TAP TAPNAME_FILE
#
# The lab's stand-in for QEMU started with -netdev bridge,br=BRIDGE: QEMU runs
# qemu-bridge-helper --br=BRIDGE --fd=N with N one end of a unix socket pair; the
# helper checks its ACL (/etc/qemu/bridge.conf and the files it includes), creates a
# new tap, makes it a port of BRIDGE, brings it up and sends its descriptor back over
# the socket (SCM_RIGHTS). This does the same, writes the new tap's name to
# TAPNAME_FILE, and hands the descriptor to tapwire (lab/tapwire.pl --fd), which
# carries the frames to and from GUEST_TAP in namespace NETNS, the guest's NIC.
# QEMU also passes --use-vnet when the tap can carry virtio-net headers; tapwire
# reads plain frames, so this does not. Python, not Perl: Perl's core has no
# recvmsg for a descriptor.
import fcntl
import os
import socket
import struct
import subprocess
import sys

HELPER = "/usr/lib/qemu/qemu-bridge-helper"
TUNGETIFF = 0x800454D2  # _IOR('T', 210, unsigned int)

bridge, netns, guest_tap, name_file = sys.argv[1:5]
ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
helper = subprocess.run(
    [HELPER, "--br=" + bridge, "--fd=%d" % theirs.fileno()], pass_fds=[theirs.fileno()]
)
if helper.returncode != 0:
    sys.exit("helperwire: qemu-bridge-helper --br=%s exited %d" % (bridge, helper.returncode))
theirs.close()
_, fds, _, _ = socket.recv_fds(ours, 1, 1)
if not fds:
    sys.exit("helperwire: qemu-bridge-helper sent no descriptor")
tap = fds[0]
ifr = fcntl.ioctl(tap, TUNGETIFF, bytes(40))
name = struct.unpack("16s", ifr[:16])[0].rstrip(b"\0").decode()
with open(name_file, "w") as f:
    f.write(name + "\n")
print("helperwire: qemu-bridge-helper made %s, a port of %s" % (name, bridge), flush=True)
os.set_inheritable(tap, True)
here = os.path.dirname(os.path.abspath(__file__))
os.execvp("perl", ["perl", os.path.join(here, "tapwire.pl"), "--fd", str(tap), netns, guest_tap])
