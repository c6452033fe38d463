package dev.netgen.diff;

import static dev.netgen.diff.Tree.file;
import static dev.netgen.diff.Tree.link;
import static dev.netgen.diff.Tree.set;
import static dev.netgen.diff.Tree.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netgen.write.TreeWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
  @TempDir Path root;

  private Comparison mixedComparison() throws Exception {
    write(root, "etc/conf.d/net", "config_br0=\"dhcp\"\n\u001b[31mred\n", 0644);
    return TreeComparer.compare(
        set(file("etc/conf.d/net", "config_br0=\"dhcp\"\n"), link("etc/init.d/net.br0", "net.lo")),
        root);
  }

  @Test
  void printsOneObjectPerPathWithPathStatusAndDiff() throws Exception {
    var comparison = mixedComparison();

    JsonNode array = new ObjectMapper().readTree(Tree.json(comparison));

    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(comparison.entries().size());
    for (int i = 0; i < array.size(); i++) {
      var entry = comparison.entries().get(i);
      JsonNode object = array.get(i);
      assertThat(fieldNames(object)).containsExactly("path", "status", "diff");
      assertThat(object.get("path").asText()).isEqualTo(entry.path().absolute());
      assertThat(object.get("status").asText()).isEqualTo(entry.status().word());
    }
  }

  @Test
  void diffIsTheUnifiedTextOfThatPath() throws Exception {
    var comparison = mixedComparison();

    JsonNode array = new ObjectMapper().readTree(Tree.json(comparison));

    var joined = new StringBuilder();
    array.forEach(o -> joined.append(o.get("diff").isNull() ? "" : o.get("diff").asText()));
    assertThat(joined.toString()).isEqualTo(Tree.unified(comparison)).contains("\u001b[31mred");
  }

  @Test
  void samePathHasJsonNullDiffNotAStringOrAMissingKey() throws Exception {
    new TreeWriter(root).write(set(file("etc/a", "x\n")));
    var comparison = TreeComparer.compare(set(file("etc/a", "x\n")), root);

    String json = Tree.json(comparison);

    assertThat(json)
        .isEqualTo(
            """
        [
          { "path": "/etc/a", "status": "same", "diff": null },
          { "path": "/etc/netgen/manifest", "status": "same", "diff": null }
        ]
        """);
  }

  @Test
  void controlCharactersAreEscapedSoEachObjectStaysOnOneLine() throws Exception {
    String json = Tree.json(mixedComparison());

    assertThat(json).contains("\\u001B[31mred").doesNotContain("\u001b");
    assertThat(json.lines())
        .allMatch(line -> line.equals("[") || line.equals("]") || line.startsWith("  { "));
  }

  private static List<String> fieldNames(JsonNode object) {
    var names = new ArrayList<String>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
