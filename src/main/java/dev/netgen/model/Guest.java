package dev.netgen.model;

import java.util.List;

/** A QEMU guest, its NICs, and the host ports forwarded to it. */
public record Guest(Located<GuestName> name, List<Nic> nics, List<PortForward> forwards) {
  public Guest {
    nics = List.copyOf(nics);
    forwards = List.copyOf(forwards);
  }
}
