package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.diag.Suggest;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Model;
import dev.netgen.model.NicModel;
import dev.netgen.model.Wiring;
import java.util.List;
import java.util.Map;

/** nic-model-known: a guest NIC model that every QEMU build for PCs has. */
public final class NicModelKnown extends Rule {
  private static final List<String> COMMON = NicModel.COMMON.stream().sorted().toList();

  public NicModelKnown() {
    super(
        "nic-model-known",
        Kind.ADVICE,
        Severity.WARNING,
        "a guest NIC's model is one that every QEMU PC build has (virtio-net-pci, e1000, e1000e, rtl8139, ...)",
        new Message(
            "uncommon",
            "NIC model '{{model}}' of {{nic}} is not one every QEMU build has",
            "{{didYouMean}}common models: "
                + String.join(", ", COMMON)
                + "; `qemu-system-x86_64 -device help` lists this build's"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    for (var nic : wiring.guestNics()) {
      nic.nic()
          .model()
          .filter(m -> !COMMON.contains(m.value().text()))
          .ifPresent(
              m ->
                  reporter.report(
                      m.at(),
                      "uncommon",
                      Map.of(
                          "model",
                          m.value(),
                          "nic",
                          nic.label(),
                          "didYouMean",
                          Suggest.didYouMean(m.value().text(), COMMON))));
    }
  }
}
