[#list header as line]# [=line]
[/#list]${IFACE} [=v.name] [=3000]
