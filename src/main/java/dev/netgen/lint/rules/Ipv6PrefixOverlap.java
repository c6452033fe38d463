package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.Message;
import dev.netgen.lint.Reporter;
import dev.netgen.lint.Rule;
import dev.netgen.model.Address6;
import dev.netgen.model.Cidr6;
import dev.netgen.model.IfName;
import dev.netgen.model.Located;
import dev.netgen.model.Model;
import dev.netgen.model.Wiring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * ipv6-prefix-overlap: no two devices have IPv6 prefixes that overlap. Each prefix is looked up at
 * every prefix length in use, so the check is linear in the prefixes times the lengths.
 */
public final class Ipv6PrefixOverlap extends Rule {
  public Ipv6PrefixOverlap() {
    super(
        "ipv6-prefix-overlap",
        Kind.ADVICE,
        Severity.ERROR,
        "the IPv6 prefixes of different devices do not overlap",
        new Message(
            "overlap",
            "prefix {{prefix}} of '{{device}}' overlaps {{other}} of '{{otherDevice}}' (line"
                + " {{line}}): the kernel routes the shared addresses to one of them only",
            "give each device a prefix of its own, e.g. fd42:1::/64 and fd42:2::/64"));
  }

  private record Owned(Cidr6 prefix, Located<IfName> device, Located<Address6> form) {}

  @Override
  public void check(Model model, Wiring wiring, Reporter reporter) {
    var all = new ArrayList<Owned>();
    model.interfaces().values().forEach(i -> add(all, i.name(), i.address6()));
    model.bridges().values().forEach(b -> add(all, b.name(), b.address6()));
    var byPrefix = new HashMap<Cidr6, Owned>();
    var lengths = new TreeSet<Integer>();
    for (Owned o : all) {
      byPrefix.putIfAbsent(o.prefix(), o);
      lengths.add(o.prefix().prefix());
    }
    for (Owned o : all) {
      for (int length : lengths.headSet(o.prefix().prefix(), true)) {
        var other = byPrefix.get(new Cidr6(o.prefix().address(), length).subnet());
        // the first owner of a prefix finds itself; a prefix of the same device is no clash
        if (other != null && !other.device().value().equals(o.device().value())) {
          reporter.report(
              o.form().at(),
              "overlap",
              Map.of(
                  "prefix", o.prefix(),
                  "device", o.device().value(),
                  "other", other.prefix(),
                  "otherDevice", other.device().value(),
                  "line", other.form().at().line()));
          break;
        }
      }
    }
  }

  private static void add(List<Owned> all, Located<IfName> device, List<Located<Address6>> forms) {
    for (var form : forms) {
      if (form.value() instanceof Address6.Static s) {
        all.add(new Owned(s.cidr().subnet(), device, form));
      }
    }
  }
}
