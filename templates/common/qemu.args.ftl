[#-- One guest's QEMU network arguments, one NIC a line. Data: QemuArgs.View. --]
[#list header as line]
# [=line]
[/#list]
# Network arguments of guest [=v.guest], one NIC a line. Use them as:
#   qemu-system-x86_64 ... $(sed '/^#/d' [=v.path])
# The taps exist already (the network configuration creates them), so QEMU runs
# no ifup script.
[#list v.nics as nic]
-netdev tap,id=[=nic.id],ifname=[=nic.tap],script=no,downscript=no -device [=nic.model],netdev=[=nic.id],mac=[=nic.mac]
[/#list]
