package dev.netgen.model;

import java.util.List;

/** A QEMU guest and its NICs. */
public record Guest(Located<GuestName> name, List<Nic> nics) {
  public Guest {
    nics = List.copyOf(nics);
  }
}
