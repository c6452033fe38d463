#!/bin/bash
# gentoo-prefix.sh NETIFRC_SRC PREFIX DEBS: the two private installs lab/boot-gentoo.sh
# lays over /usr inside its mount namespace; nothing is installed on the machine.
#
#   PREFIX/netifrc  netifrc built from NETIFRC_SRC (a source checkout of
#                   github.com/gentoo/netifrc, copied first: the build writes its .sh
#                   files next to their .in sources) and installed as Gentoo's ebuild
#                   does: make PREFIX= UPREFIX=/usr UDEVDIR=/lib/udev
#                   LIBEXECDIR=/lib/netifrc PF=netifrc-VERSION DESTDIR=... install.
#                   The paths are compiled into the scripts (/lib/netifrc/...), so the
#                   lab shows them at exactly those paths.
#   PREFIX/openrc   Debian's OpenRC (openrc, librc1, libeinfo1) unpacked with dpkg -x,
#                   never installed (that would replace the machine's init bits). The
#                   .deb files are fetched once with apt-get download into DEBS and
#                   taken from there afterwards.
#
# Prints the versions it built. Needs make, dpkg-deb, apt-get (first run only).
set -euo pipefail
src=${1:?NETIFRC_SRC} prefix=${2:?PREFIX} debs=${3:?DEBS}
[ -f "$src/Makefile.inc" ] || {
	echo "$src is not a netifrc source checkout (no Makefile.inc)" >&2
	exit 1
}
mkdir -p "$prefix" "$debs"
prefix=$(cd "$prefix" && pwd) debs=$(cd "$debs" && pwd) # make runs in subfolders
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
rm -rf "$prefix"
mkdir -p "$prefix/netifrc" "$prefix/openrc" "$debs"

cp -a "$src/." "$build/netifrc"
version=$(sed -n 's/^VERSION[[:space:]]*=[[:space:]]*//p' "$build/netifrc/Makefile.inc")
make -s -C "$build/netifrc" PREFIX= UPREFIX=/usr UDEVDIR=/lib/udev LIBEXECDIR=/lib/netifrc \
	PF="netifrc-$version" DESTDIR="$prefix/netifrc" install >"$build/make.log" 2>&1 || {
	cat "$build/make.log"
	exit 1
}
echo "netifrc $(cat "$prefix/netifrc/lib/netifrc/version")"

for package in openrc librc1 libeinfo1; do
	if ! compgen -G "$debs/${package}_*.deb" >/dev/null; then
		(cd "$debs" && apt-get download "$package" >/dev/null)
	fi
done
for deb in "$debs"/*.deb; do
	dpkg-deb -x "$deb" "$prefix/openrc"
	# shellcheck disable=SC2016 # dpkg-deb fields, not shell expansions
	dpkg-deb --showformat='${Package} ${Version}\n' -W "$deb"
done
