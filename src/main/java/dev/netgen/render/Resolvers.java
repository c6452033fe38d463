package dev.netgen.render;

import dev.netgen.model.IfName;
import dev.netgen.model.Located;
import java.util.List;
import java.util.Optional;

/**
 * The host's own resolvers (host.dns, host.search) as both targets write them: on the one device
 * that carries them (Wiring.resolverDevice, the device of the default route), each list separated
 * by spaces, "" when the model gives none.
 */
public record Resolvers(String servers, String search) {
  /** The resolvers when device carries them, else empty. */
  public static Optional<Resolvers> on(RenderContext context, Located<IfName> device) {
    var host = context.model().host();
    if (!host.hasResolvers() || !context.wiring().resolverDevice().equals(Optional.of(device))) {
      return Optional.empty();
    }
    return Optional.of(new Resolvers(spaced(host.dns()), spaced(host.search())));
  }

  private static String spaced(List<? extends Located<?>> values) {
    return String.join(" ", values.stream().map(v -> v.value().toString()).toList());
  }
}
