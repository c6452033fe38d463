package dev.netgen.check;

import dev.netgen.text.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One IPv4 route of the main table as {@code ip -j route show} prints it: "default" or a prefix,
 * its device, its gateway ("" when none).
 */
public record Route(String dst, String dev, String gateway) {

  public static List<Route> parse(String json) throws IOException {
    Object all = Json.read(json);
    if (!(all instanceof List<?> list)) {
      throw new IOException("not a JSON array");
    }
    var routes = new ArrayList<Route>();
    for (Object item : list) {
      if (item instanceof Map<?, ?> map && map.get("dst") instanceof String dst) {
        routes.add(new Route(dst, text(map.get("dev")), text(map.get("gateway"))));
      }
    }
    return routes;
  }

  private static String text(Object value) {
    return value instanceof String s ? s : "";
  }

  public boolean isDefault() {
    return dst.equals("default");
  }
}
