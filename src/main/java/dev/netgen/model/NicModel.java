package dev.netgen.model;

import dev.netgen.text.Text;
import java.util.Set;
import java.util.regex.Pattern;

/** A QEMU NIC device model (-device NAME). */
public record NicModel(String text) {
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

  public static final NicModel DEFAULT = new NicModel("virtio-net-pci");

  /** Present in every QEMU build that has a PC machine; others depend on the build. */
  public static final Set<String> COMMON =
      Set.of(
          "virtio-net-pci",
          "virtio-net",
          "e1000",
          "e1000e",
          "rtl8139",
          "vmxnet3",
          "ne2k_pci",
          "pcnet",
          "i82559er");

  public static NicModel parse(String text) throws InvalidValueException {
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          "invalid NIC model " + Text.forMessage(text),
          "write a QEMU device name as `qemu-system-x86_64 -device help` lists it, e.g. virtio-net-pci or e1000");
    }
    return new NicModel(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
