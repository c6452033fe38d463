package dev.netgen.render.gentoo;

import dev.netgen.model.OutputKey;
import dev.netgen.render.Output;
import dev.netgen.render.Target;
import java.util.List;

/** Gentoo: netifrc's /etc/conf.d/net and the OpenRC links that start it. */
public final class GentooTarget implements Target {
  @Override
  public String id() {
    return "gentoo";
  }

  @Override
  public List<Output> outputs() {
    return List.of(
        Output.file(OutputKey.NET, "gentoo/net.ftl", Output.CONFIG, NetifrcView::of),
        new OpenRcLinks());
  }
}
