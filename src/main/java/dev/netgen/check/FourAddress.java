package dev.netgen.check;

/** A wireless port's 4-address (WDS) mode, from {@code iw dev X info} ("4addr: on"). */
final class FourAddress {
  private FourAddress() {}

  static Fact fact(Running host, String dev) {
    var info = host.output(Running.iw(dev));
    if (!info.started()) {
      return Fact.skip(dev, "4addr", "on", "iw is not installed (Debian: apt-get install iw)");
    }
    boolean on = info.out().lines().anyMatch(l -> l.strip().equals("4addr: on"));
    return on
        ? Fact.pass(dev, "4addr", "on", "on")
        : Fact.fail(
            dev,
            "4addr",
            "on",
            info.ok() ? "off" : info.why(),
            "the kernel refuses a Wi-Fi station in a bridge without it: iw dev "
                + dev
                + " set 4addr on, before it joins the bridge");
  }
}
