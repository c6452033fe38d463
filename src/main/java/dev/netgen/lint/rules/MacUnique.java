package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Occurrences;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Located;
import dev.netgen.model.Mac;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import dev.netgen.model.Wiring.OwnedMac;
import java.util.Map;

/** mac-unique: no MAC on two devices or guest NICs. */
public final class MacUnique extends Rule {
  private static final String SHARED =
      "MAC {{mac}} of {{owner}} is also used by {{first}} (line {{line}})";

  public MacUnique() {
    super(
        "mac-unique",
        Kind.SAFETY,
        Severity.ERROR,
        "no MAC is used by two devices or guest NICs anywhere in the model",
        new Message(
            "shared",
            SHARED,
            "give each device and guest NIC its own MAC, e.g. 52:54:00:xx:xx:xx with distinct last octets"),
        new Message(
            "nic-has-tap-mac",
            SHARED,
            "a guest NIC is the far end of its tap, not the tap: give the NIC its own MAC, e.g. 52:54:00:xx:xx:xx"));
  }

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var macs = new Occurrences<Mac, OwnedMac>();
    for (OwnedMac owned : wiring.macs()) {
      macs.add(owned.mac().value(), owned.mac().at(), owned);
    }
    macs.forEachRepeat(
        (first, repeat) ->
            reporter.report(
                repeat.at(),
                plugsInto(first.owner(), repeat.owner()) || plugsInto(repeat.owner(), first.owner())
                    ? "nic-has-tap-mac"
                    : "shared",
                Map.of(
                    "mac",
                    repeat.key(),
                    "owner",
                    repeat.owner().owner(),
                    "first",
                    first.owner().owner(),
                    "line",
                    first.at().line())));
  }

  /** True when nic is a guest NIC plugged into the tap that owns the other MAC. */
  private static boolean plugsInto(OwnedMac nic, OwnedMac tap) {
    var nicTap = nic.nic().flatMap(n -> n.nic().tap()).map(Located::value);
    return nicTap.isPresent()
        && tap.device()
            .filter(d -> d.kind().equals("tap"))
            .map(d -> d.name().value())
            .equals(nicTap);
  }
}
