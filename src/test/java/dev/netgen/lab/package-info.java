/**
 * The end-to-end lab: the seed setups rendered for Debian and applied as a host applies them, in
 * network namespaces, until a guest has its network (lab/*.sh holds the scenarios). Needs root and
 * the packages .ci/run installs. Run alone with {@code mvn test -Dtest='*Lab*'}.
 */
package dev.netgen.lab;
