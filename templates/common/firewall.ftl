[#-- The command-line handling both firewall scripts share: imported, never rendered alone. --]
[#macro arguments]
case "${1:-}" in
start | stop) action=$1 ;;
*)
	echo "usage: $0 start|stop [BRIDGE]" >&2
	exit 2
	;;
esac
only=${2:-}
found=no
[/#macro]
[#-- After the per-bridge lines: the sweep of stop, and the refusal of start for a bridge
     the model does not have. noun: what the script calls its bridges ("NAT bridge"). --]
[#macro finish noun]
if [ "$action" = stop ]; then
	# a bridge gone from the model keeps its chains until someone removes them
	if [ -z "$only" ]; then
		loaded_bridges | while read -r bridge; do stop_bridge "$bridge"; done
	elif [ "$found" = no ]; then
		echo "$0: $only is not a [=noun] of this model; removing any chains of ours it still has" >&2
		stop_bridge "$only"
	fi
elif [ "$found" = no ]; then
	echo "$0: $only is not a [=noun] of this model" >&2
	exit 2
fi
[/#macro]
