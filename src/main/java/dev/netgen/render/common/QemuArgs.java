package dev.netgen.render.common;

import dev.netgen.model.Guest;
import dev.netgen.model.Nic;
import dev.netgen.model.OutputPath;
import dev.netgen.render.Emitter;
import dev.netgen.render.Output;
import dev.netgen.render.RenderContext;
import dev.netgen.render.Unrenderable;
import java.util.ArrayList;
import java.util.List;

/**
 * One GUEST.args per guest under the qemu folder: the -netdev/-device pair of each NIC, one NIC a
 * line, so that `$(sed '/^#/d' FILE)` hands them to qemu-system-* as separate words.
 */
public final class QemuArgs implements Output {
  static final String TEMPLATE = "common/qemu.args.ftl";

  /**
   * One guest's file: its name, where it lives, its NICs, and whether any NIC uses netgen's taps or
   * qemu-bridge-helper's (each says so in a comment).
   */
  public record View(
      String guest, String path, List<NicArgs> nics, boolean ownTaps, boolean helperTaps) {}

  /**
   * One NIC: its tap, or else the bridge qemu-bridge-helper puts a new tap on (the other is empty).
   * The netdev id is netgen0, netgen1, ... by NIC order: ids only need to be unique in one QEMU
   * process, and this prefix keeps clear of the net0 an admin writes by hand next to it.
   */
  public record NicArgs(String id, String tap, String bridge, String model, String mac) {}

  @Override
  public List<String> templates() {
    return List.of(TEMPLATE);
  }

  @Override
  public void emit(RenderContext context, Emitter out) {
    for (Guest guest : context.model().guests().values()) {
      var path =
          context
              .layout()
              .qemuArgs(guest.name().value())
              .orElseThrow(
                  () ->
                      Unrenderable.at(
                          guest.name().at(),
                          "guest '"
                              + guest.name().value()
                              + "': its QEMU arguments file would be longer than the "
                              + OutputPath.MAX_LENGTH
                              + " characters an output path may have",
                          "shorten the qemu folder in outputs: or the guest's name"));
      out.template(path, TEMPLATE, CONFIG, view(guest, path.absolute()));
    }
  }

  static View view(Guest guest, String path) {
    var nics = new ArrayList<NicArgs>();
    for (Nic nic : guest.nics()) {
      nics.add(
          new NicArgs(
              "netgen" + nics.size(),
              nic.tap().map(t -> t.value().text()).orElse(""),
              nic.bridge().map(b -> b.value().text()).orElse(""),
              nic.modelOrDefault().text(),
              nic.mac().value().toString()));
    }
    boolean helper = guest.nics().stream().anyMatch(Nic::helperTap);
    boolean own = guest.nics().stream().anyMatch(n -> !n.helperTap());
    return new View(guest.name().value().text(), path, nics, own, helper);
  }
}
