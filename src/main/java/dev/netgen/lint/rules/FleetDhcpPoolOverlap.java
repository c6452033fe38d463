package dev.netgen.lint.rules;

import dev.netgen.diag.Severity;
import dev.netgen.lint.FleetReporter;
import dev.netgen.lint.FleetRule;
import dev.netgen.lint.Lan;
import dev.netgen.lint.Message;
import dev.netgen.model.Bridge;
import dev.netgen.model.Ipv4;
import dev.netgen.model.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * fleet-dhcp-pool-overlap: a host's DHCP pool on the shared LAN overlaps neither another host's
 * pool nor the router's pool as another host declares it (its own declaration is
 * dhcp-range-overlaps-upstream's). Linear after a sort: a sweep by start address keeps the pool
 * reaching furthest and the furthest from another host, which is all an overlap needs.
 */
public final class FleetDhcpPoolOverlap extends FleetRule {
  public FleetDhcpPoolOverlap() {
    super(
        "fleet-dhcp-pool-overlap",
        Kind.ADVICE,
        Severity.ERROR,
        "no two hosts' DHCP pools on a shared LAN overlap each other or the router's pool",
        new Message(
            "pools",
            "DHCP pool {{range}} of bridge '{{bridge}}' overlaps the pool {{other}} of bridge '{{otherBridge}}' of {{otherHost}} on the LAN {{lan}}",
            "give each host's DHCP server its own part of the LAN: two servers leasing one address hand it to two machines"),
        new Message(
            "router-pool",
            "DHCP pool {{range}} of bridge '{{bridge}}' overlaps the router's pool {{other}} as {{otherHost}} declares it on the LAN {{lan}}",
            "keep the pool outside the router's pool, and make every host on the LAN declare the router's pool (upstream.dhcp_range) alike"));
  }

  /** A pool on the LAN: a bridge's DHCP range, or the router's as one host declares it. */
  private record Pool(Range range, Lan.Host host, String bridge) {
    Ipv4 start() {
      return range.start().value();
    }

    Ipv4 end() {
      return range.end().value();
    }

    boolean sameHost(Pool other) {
      return host.order() == other.host.order();
    }
  }

  @Override
  public void check(Lan lan, FleetReporter reporter) {
    var pools = new ArrayList<Pool>();
    var routers = new LinkedHashMap<Span, Pool>();
    var ownRouter = new HashMap<Integer, Span>();
    for (Lan.Host host : lan.hosts()) {
      for (Bridge bridge : host.model().bridges().values()) {
        bridge
            .dhcpServer()
            .map(d -> d.range())
            .filter(r -> onLan(r, lan))
            .ifPresent(r -> pools.add(new Pool(r, host, bridge.name().value().text())));
      }
      host.model()
          .host()
          .upstream()
          .flatMap(u -> u.dhcpRange())
          .ifPresent(
              r -> {
                ownRouter.put(host.order(), key(r));
                routers.putIfAbsent(key(r), new Pool(r, host, ""));
              });
    }
    pools.sort(Comparator.comparing(Pool::start).thenComparingInt(p -> p.host().order()));
    overlappingPools(pools, lan, reporter);
    againstRouters(pools, new ArrayList<>(routers.values()), ownRouter, lan, reporter);
  }

  /** Each pool that starts inside a pool of another host that started no later. */
  private static void overlappingPools(List<Pool> sorted, Lan lan, FleetReporter reporter) {
    Pool furthest = null; // the pool seen so far that reaches furthest
    Pool otherHost = null; // the one reaching furthest among those of another host than furthest's
    for (Pool pool : sorted) {
      Pool candidate = furthest != null && !furthest.sameHost(pool) ? furthest : otherHost;
      if (candidate != null && candidate.end().compareTo(pool.start()) >= 0) {
        report(reporter, "pools", pool, candidate, lan);
      }
      if (furthest == null || pool.end().compareTo(furthest.end()) > 0) {
        if (furthest != null && !furthest.sameHost(pool)) {
          otherHost = furthest;
        }
        furthest = pool;
      } else if (!pool.sameHost(furthest)
          && (otherHost == null || pool.end().compareTo(otherHost.end()) > 0)) {
        otherHost = pool;
      }
    }
  }

  /**
   * Each pool against the router pools the hosts declare, other than its own host's: the routers
   * sorted by start, with the two reaching furthest up to each, found by binary search.
   */
  private static void againstRouters(
      List<Pool> pools,
      List<Pool> routers,
      Map<Integer, Span> ownRouter,
      Lan lan,
      FleetReporter reporter) {
    routers.sort(Comparator.comparing(Pool::start).thenComparingInt(p -> p.host().order()));
    var furthest = new Pool[routers.size()];
    var second = new Pool[routers.size()];
    for (int i = 0; i < routers.size(); i++) {
      Pool r = routers.get(i);
      Pool best = i == 0 ? null : furthest[i - 1];
      Pool next = i == 0 ? null : second[i - 1];
      if (best == null || r.end().compareTo(best.end()) > 0) {
        next = best;
        best = r;
      } else if (next == null || r.end().compareTo(next.end()) > 0) {
        next = r;
      }
      furthest[i] = best;
      second[i] = next;
    }
    for (Pool pool : pools) {
      int last = lastStartingBy(routers, pool.end());
      if (last < 0) {
        continue;
      }
      Span own = ownRouter.get(pool.host().order());
      Pool candidate = key(furthest[last].range()).equals(own) ? second[last] : furthest[last];
      if (candidate != null && candidate.end().compareTo(pool.start()) >= 0) {
        report(reporter, "router-pool", pool, candidate, lan);
      }
    }
  }

  /** The index of the last router pool starting at or before the address, or -1. */
  private static int lastStartingBy(List<Pool> sorted, Ipv4 address) {
    int low = 0;
    int high = sorted.size() - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).start().compareTo(address) <= 0) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  private static void report(
      FleetReporter reporter, String messageId, Pool pool, Pool other, Lan lan) {
    reporter.report(
        pool.range().at(),
        other.range().at(),
        messageId,
        Map.of(
            "range",
            text(pool.range()),
            "bridge",
            pool.bridge(),
            "other",
            text(other.range()),
            "otherBridge",
            other.bridge(),
            "otherHost",
            other.host().label(),
            "lan",
            lan.subnet()));
  }

  private static boolean onLan(Range range, Lan lan) {
    return lan.subnet().contains(range.start().value())
        || lan.subnet().contains(range.end().value());
  }

  /** A range by its two addresses, without the positions its record also holds. */
  private record Span(Ipv4 start, Ipv4 end) {}

  private static Span key(Range range) {
    return new Span(range.start().value(), range.end().value());
  }

  private static String text(Range range) {
    return range.start().value() + "-" + range.end().value();
  }
}
