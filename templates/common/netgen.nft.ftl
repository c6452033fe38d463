#!/usr/sbin/nft -f
[#-- netgen's own nftables table (docs/firewall.md), loaded by nftables.sh. Data: NftablesView. --]
[#list header as line]
# [=line]
[/#list]
#
# `nft -f` reads this file as one transaction: the first two lines below make sure
# the table exists and delete it (deleting a table that is not there fails, so it
# is declared first), and the rest loads it anew. Nothing of any other table is
# touched. Each bridge has base chains of its own, named ROLE_BRIDGE, so that
# nftables.sh stop BRIDGE deletes that bridge's chains only. An accept here ends
# only this table's chain: a drop in another table (Docker's iptables FORWARD
# policy) still drops; netgen check warns about it.
table inet netgen {}
delete table inet netgen
[#if v.chains?has_content]
table inet netgen {
[#list v.chains as c]
	chain [=c.name] {
		[=c.hook]
[#list c.rules as r]
		[=r]
[/#list]
	}
[/#list]
}
[#else]
# No bridge of the model has nftables rules: loading this file removes the table.
[/#if]
