[#-- One guest's QEMU network arguments, one NIC a line. Data: QemuArgs.View. --]
[#list header as line]
# [=line]
[/#list]
# Network arguments of guest [=v.guest], one NIC a line. Use them as:
#   qemu-system-x86_64 ... $(sed '/^#/d' [=v.path])
[#if v.ownTaps]
# The taps exist already (the network configuration creates them), so QEMU runs
# no ifup script.
[/#if]
[#if v.helperTaps]
# A -netdev bridge NIC gets a new tap on its bridge from qemu-bridge-helper, which
# /etc/qemu/bridge.conf must allow on that bridge (netgen's allow lines: bridge_conf).
[/#if]
[#list v.nics as nic]
[#if nic.bridge?has_content]
-netdev bridge,id=[=nic.id],br=[=nic.bridge] -device [=nic.model],netdev=[=nic.id],mac=[=nic.mac]
[#else]
-netdev tap,id=[=nic.id],ifname=[=nic.tap],script=no,downscript=no -device [=nic.model],netdev=[=nic.id],mac=[=nic.mac]
[/#if]
[/#list]
