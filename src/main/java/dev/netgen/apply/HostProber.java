package dev.netgen.apply;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Asks a probe on the real network: one ping with a one-second wait (ping -c1 -W1, run with no
 * shell) for a host, one TCP connect with a one-second limit for a host and port.
 */
public final class HostProber implements ConfirmWatch.Prober {
  private static final int WAIT_MILLIS = 1000;

  private final StepRunner runner;

  public HostProber(StepRunner runner) {
    this.runner = runner;
  }

  @Override
  public boolean answers(ProbeTarget target) {
    if (target instanceof ProbeTarget.Tcp tcp) {
      return connects(tcp);
    }
    return runner
        .run(Step.of("probe " + target.text(), "ping", "-n", "-c1", "-W1", target.host()))
        .ok();
  }

  private static boolean connects(ProbeTarget.Tcp tcp) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), WAIT_MILLIS);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
