#!/bin/sh
# udhcpc's script for the lab's guest: configures nothing, reports the lease.
# udhcpc runs it with the event as $1 and the lease in the environment; on "bound"
# the lease's fields are printed and written to $LEASE, one KEY=VALUE a line.
echo "udhcpc event: $1"
case "$1" in
bound | renew)
	{
		echo "ip=${ip:-}"
		echo "mask=${mask:-}"
		echo "subnet=${subnet:-}"
		echo "router=${router:-}"
		echo "serverid=${serverid:-}"
		echo "lease=${lease:-}"
	} | tee "${LEASE:?}"
	;;
esac
