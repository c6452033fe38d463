[#-- qemu-bridge-helper's ACL lines: "allow BRIDGE"; comments only at the start of a line (docs/formats.md). Data: BridgeAclView. --]
[#list header as line]
# [=line]
[/#list]
# The bridges guest NICs name (bridge: in the model): qemu-bridge-helper may put
# their taps on these.
[#if v.include?has_content]
# The helper reads /etc/qemu/bridge.conf only; that file needs the line
#   include [=v.include]
[/#if]
[#list v.bridges as bridge]
allow [=bridge]
[/#list]
