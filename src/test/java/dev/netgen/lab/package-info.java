/**
 * The labs: the seed setups rendered for Debian and applied as a host applies them, in network
 * namespaces, until a guest has its network (EndToEndLabTest), and booted as a Debian host boots
 * them, compared with the model and taken down again (BootDebianLabTest); lab/*.sh holds the
 * scenarios. Needs root and the packages .ci/run installs. Run alone with {@code mvn test
 * -Dtest='*Lab*'}.
 */
package dev.netgen.lab;
