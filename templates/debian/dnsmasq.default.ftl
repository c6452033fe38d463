[#-- /etc/default/dnsmasq.netgen: netgen's dnsmasq instance on Debian (docs/debian.md). Data: DnsmasqDefaultView. --]
[#list header as line]
# [=line]
[/#list]
#
# The dnsmasq package's /usr/share/dnsmasq/init-system-common sources this file, in
# place of /etc/default/dnsmasq, for the instance dnsmasq@netgen.service (enabled by
# the link in /etc/systemd/system/multi-user.target.wants). The admin's own dnsmasq,
# /etc/dnsmasq.conf and /etc/dnsmasq.d stay as they are.
#
# The helper reads the variables below, so nothing here uses them: shellcheck's
# "appears unused" (SC2034) does not apply.
# shellcheck shell=sh disable=SC2034
#
# netgen's configuration file only: --conf-file keeps dnsmasq from reading
# /etc/dnsmasq.conf, and with no CONFIG_DIR it reads no /etc/dnsmasq.d either.
DNSMASQ_OPTS="--conf-file=[=v.confFile]"
# A lease file of its own: two dnsmasq processes must not share one.
DHCP_LEASE=[=v.leaseFile]
# Never the host's resolver: with lo excepted, the helper does not register this
# instance with resolvconf.
DNSMASQ_EXCEPT="lo"
