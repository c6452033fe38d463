/**
 * netgen apply: brings the running host from the files netgen rendered before to the files it
 * renders now. The render is written by the writer with its ownership guard; this package works
 * out, from the two sets of files, which host steps (ifdown/ifup, rc-service, sysctl, dnsmasq, the
 * firewall scripts) bring the running state along, and runs them in order around the write. Each
 * target says what its files mean for the host through a {@link dev.netgen.apply.StepPlanner}.
 */
package dev.netgen.apply;
