package dev.netgen.apply;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Gentoo device steps: which net.X services (netifrc) an apply stops before the write and
 * starts after it, read from the old and the new /etc/conf.d/net and the init links.
 *
 * <ul>
 *   <li>A device whose lines changed (its variables or its hook arms), or that leaves the file, is
 *       stopped before the write, so netifrc takes it down with the configuration that brought it
 *       up and the old predown hook removes the old firewall rules; one that stays (or is new) is
 *       started after it. That is a restart split around the write: {@code rc-service restart}
 *       after the write would run the new predown hook.
 *   <li>Stops use {@code --nodeps}: a plain stop of net.tap0 stops every service that needs it,
 *       net.br0, and through "net" netgen's dnsmasq, and a later start brings back only what it is
 *       asked for. The planner stops the dependents itself where they must go: a bridge whose port
 *       goes down loses the port, so it is stopped and started too, and takes the port back.
 *   <li>A new device starts when the write adds its default-runlevel link or a starting device
 *       needs it; one that only starts by hand (in no runlevel, needed by none) is left alone.
 *   <li>Starts are plain (OpenRC starts what a service needs and leaves the rest), in the order of
 *       rc_net_X_need: ports and taps before their bridge; stops the other way round.
 *   <li>The runlevel is the links in /etc/runlevels/default, which the write itself makes or
 *       removes: {@code rc-update add} would make the same link, so there is no rc-update step. A
 *       device that joins the runlevel is started; one that leaves it keeps running, as after
 *       {@code rc-update del}.
 * </ul>
 */
public final class GentooStepPlanner implements StepPlanner {
  static final String CONF = "etc/conf.d/net";
  private static final String INIT = "etc/init.d/net.";
  private static final String RUNLEVEL = "etc/runlevels/default/net.";

  @Override
  public StepPlan plan(Transition transition) {
    var conf = transition.at(CONF);
    var before = conf.map(c -> NetifrcConf.parse(c.beforeText())).orElse(NetifrcConf.NONE);
    var after = conf.map(c -> NetifrcConf.parse(c.afterText())).orElse(NetifrcConf.NONE);
    var stop = new LinkedHashMap<String, String>();
    var start = new LinkedHashMap<String, String>();
    changes(before, after, stop, start);
    added(transition, before, after, start);
    links(transition, start);
    settle(before, after, stop, start);
    return new StepPlan(
        stopOrder(stop, before).stream()
            .map(d -> Step.of(d + ": " + stop.get(d), "rc-service", "net." + d, "--nodeps", "stop"))
            .toList(),
        startOrder(start, after).stream()
            .map(d -> Step.of(d + ": " + start.get(d), "rc-service", "net." + d, "start"))
            .toList());
  }

  /** Devices that leave, come or change; all of them when the lines every device reads change. */
  private static void changes(
      NetifrcConf before, NetifrcConf after, Map<String, String> stop, Map<String, String> start) {
    boolean sharedChanged = !before.devices().isEmpty() && !before.shared().equals(after.shared());
    for (var name : new TreeSet<>(before.devices().keySet())) {
      var now = after.device(name);
      if (now == null) {
        stop.put(name, "removed from conf.d/net");
      } else if (!now.lines().equals(before.device(name).lines())) {
        stop.put(name, "its settings changed");
        start.put(name, "its settings changed");
      } else if (sharedChanged) {
        stop.put(name, "conf.d/net's shared lines changed");
        start.put(name, "conf.d/net's shared lines changed");
      }
    }
  }

  /**
   * A device new in conf.d/net starts when it starts at boot (the write adds its runlevel link) or
   * a device that starts needs it (a bridge's new tap); one that only starts by hand does not.
   */
  private static void added(
      Transition transition, NetifrcConf before, NetifrcConf after, Map<String, String> start) {
    for (var name : new TreeSet<>(after.devices().keySet())) {
      boolean atBoot = transition.at(RUNLEVEL + name).flatMap(FileChange::after).isPresent();
      if (before.device(name) == null && atBoot) {
        start.put(name, "added to conf.d/net");
      }
    }
  }

  /** A device whose init script or default-runlevel link the write adds is started. */
  private static void links(Transition transition, Map<String, String> start) {
    for (var change : transition.changes()) {
      String path = change.path().relative();
      if (change.before().isPresent() || change.after().isEmpty()) {
        continue;
      }
      if (path.startsWith(INIT)) {
        start.putIfAbsent(path.substring(INIT.length()), "init script added");
      } else if (path.startsWith(RUNLEVEL)) {
        start.putIfAbsent(path.substring(RUNLEVEL.length()), "joins the default runlevel");
      }
    }
  }

  /**
   * Until nothing changes: a running bridge whose port goes down is stopped with it (it loses the
   * port), and one whose port comes up again is restarted to take it back.
   */
  private static void settle(
      NetifrcConf before, NetifrcConf after, Map<String, String> stop, Map<String, String> start) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var device : before.devices().values()) {
        String name = device.name();
        Optional<String> port = device.needs().stream().filter(stop::containsKey).findFirst();
        if (!stop.containsKey(name) && port.isPresent()) {
          stop.put(name, "loses its port " + port.get());
          grew = true;
        }
      }
      for (var device : after.devices().values()) {
        String name = device.name();
        if (stop.containsKey(name) && !start.containsKey(name)) {
          start.put(name, stop.get(name));
          grew = true;
        }
        if (start.containsKey(name)) {
          for (String need : device.needs()) {
            if (before.device(need) == null && after.device(need) != null) {
              grew |= start.putIfAbsent(need, "added to conf.d/net, needed by " + name) == null;
            }
          }
        }
        Optional<String> port = device.needs().stream().filter(start::containsKey).findFirst();
        if (before.device(name) != null && !stop.containsKey(name) && port.isPresent()) {
          stop.put(name, "takes its port " + port.get() + " back");
          start.put(name, "takes its port " + port.get() + " back");
          grew = true;
        }
      }
    }
  }

  /** Dependents first: a bridge before its ports. */
  private static List<String> stopOrder(Map<String, String> stop, NetifrcConf before) {
    var order = new ArrayList<>(startOrder(stop, before));
    Collections.reverse(order);
    return order;
  }

  /** Needs first (ports and taps before their bridge); otherwise by name. */
  private static List<String> startOrder(Map<String, String> devices, NetifrcConf conf) {
    Function<String, List<String>> needs =
        d -> Optional.ofNullable(conf.device(d)).map(NetifrcConf.Device::needs).orElse(List.of());
    var order = new ArrayList<String>();
    Set<String> left = new TreeSet<>(devices.keySet());
    while (!left.isEmpty()) {
      String next =
          left.stream()
              .filter(d -> needs.apply(d).stream().noneMatch(left::contains))
              .findFirst()
              .orElse(left.iterator().next()); // a need cycle: OpenRC refuses it too; by name
      order.add(next);
      left.remove(next);
    }
    return order;
  }
}
