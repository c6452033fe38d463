/**
 * Tests in which the real tools read what render writes: dnsmasq --test, ifquery and ifup --no-act,
 * sh -n, bash -n and shellcheck, and the firewall scripts run with iptables and ebtables in a
 * throwaway network namespace. They need root and the packages .ci/run installs; without them they
 * are skipped with a reason (under CI=true, failed).
 */
package dev.netgen.realtool;
