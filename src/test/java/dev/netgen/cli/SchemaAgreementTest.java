package dev.netgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.netgen.diag.NetgenException;
import dev.netgen.load.KeyPaths;
import dev.netgen.load.ModelLoader;
import dev.netgen.testing.CliRun;
import dev.netgen.testing.Fixtures;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * `netgen schema` and the loader accept and reject the same keys and types. fixtures/schema/
 * full.yaml holds every key once; each mutation of it (an unknown key in every map, a wrong type
 * for every value, a missing required key) must be rejected by both, and the original accepted.
 */
class SchemaAgreementTest {
  private static JsonSchema schema;
  private static JsonNode full;
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  @BeforeAll
  static void loadSchemaFromTheCommand() throws Exception {
    var run = CliRun.run("schema");
    assertThat(run.exit()).isZero();
    var tree = new ObjectMapper().readTree(run.out());
    assertThat(tree.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree);
    full = toJson(Files.readString(Fixtures.ROOT.resolve("schema/full.yaml")));
  }

  @Test
  void bothAcceptTheFullModelAndTheSeedFixtures() throws Exception {
    assertAgree(full, true, "full.yaml");
    for (var setup : Fixtures.setups()) {
      assertAgree(toJson(Files.readString(setup.resolve("model.yaml"))), true, setup.toString());
    }
  }

  @Test
  void fullModelUsesEveryKeyTheLoaderKnows() throws Exception {
    var used = KeyPaths.written(Files.readString(Fixtures.ROOT.resolve("schema/full.yaml")));
    assertThat(used)
        .as("fixtures/schema/full.yaml must use every key")
        .containsAll(KeyPaths.known());
  }

  @TestFactory
  Stream<DynamicTest> bothRejectEveryMutation() {
    var cases = new ArrayList<DynamicTest>();
    mutations(full, "", cases);
    assertThat(cases).hasSizeGreaterThan(60);
    return cases.stream();
  }

  /** Walks the tree; for every map and value adds the mutations that both must reject. */
  private static void mutations(JsonNode node, String path, List<DynamicTest> cases) {
    if (node.isObject()) {
      boolean namedMap = path.matches("/(interfaces|taps|bridges|guests)");
      if (!namedMap) {
        cases.add(
            reject(
                path + " + unknown key",
                root -> ((ObjectNode) at(root, path)).put("bogus_key", "x")));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        String child = path + "/" + field.getKey();
        if (!namedMap && isRequired(path, field.getKey())) {
          cases.add(
              reject(
                  child + " removed",
                  root -> ((ObjectNode) at(root, path)).remove(field.getKey())));
        }
        wrongTypes(field.getValue(), child, cases);
        mutations(field.getValue(), child, cases);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        mutations(node.get(i), path + "/" + i, cases);
      }
    }
  }

  private static void wrongTypes(JsonNode value, String path, List<DynamicTest> cases) {
    String parent = path.substring(0, path.lastIndexOf('/'));
    String key = path.substring(path.lastIndexOf('/') + 1);
    if (value.isValueNode()) {
      cases.add(
          reject(
              path + " as a map", root -> set(root, parent, key, JSON.objectNode().put("x", "y"))));
      cases.add(
          reject(path + " as a list", root -> set(root, parent, key, JSON.arrayNode().add("x"))));
      if (value.isBoolean() || value.isNumber()) {
        cases.add(
            reject(path + " as a word", root -> set(root, parent, key, JSON.textNode("yes"))));
      }
    } else if (value.isArray()) {
      cases.add(reject(path + " as a word", root -> set(root, parent, key, JSON.textNode("word"))));
    } else if (value.isObject() && !path.matches("/(interfaces|taps|bridges|guests)/[^/]+")) {
      cases.add(
          reject(path + " as a list", root -> set(root, parent, key, JSON.arrayNode().add("x"))));
    }
  }

  private static boolean isRequired(String objectPath, String key) {
    return (objectPath.isEmpty() && key.equals("version"))
        || (objectPath.endsWith("/upstream") && key.equals("subnet"))
        || (objectPath.endsWith("/dhcp_server") && key.equals("range"))
        || ((objectPath.endsWith("/nat") || objectPath.endsWith("/mac_nat"))
            && key.equals("uplink"))
        || (objectPath.matches(".*/nics/[0-9]+")
            && (key.equals("tap") || key.equals("bridge") || key.equals("mac")));
  }

  private static DynamicTest reject(String name, Consumer<JsonNode> mutation) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          JsonNode copy = full.deepCopy();
          mutation.accept(copy);
          assertAgree(copy, false, name);
        });
  }

  private static void assertAgree(JsonNode model, boolean expectValid, String what) {
    var schemaErrors = schema.validate(model);
    boolean loaderAccepts;
    String loaderSays = "";
    try {
      // JSON text is YAML: feed the same document to the loader
      new ModelLoader().parse("m.json", model.toString().getBytes(StandardCharsets.UTF_8));
      loaderAccepts = true;
    } catch (NetgenException e) {
      loaderAccepts = false;
      loaderSays = e.diagnostics().toString();
    }
    assertThat(schemaErrors.isEmpty())
        .as("schema accepts %s: %s", what, schemaErrors)
        .isEqualTo(expectValid);
    assertThat(loaderAccepts).as("loader accepts %s: %s", what, loaderSays).isEqualTo(expectValid);
  }

  private static JsonNode at(JsonNode root, String path) {
    return path.isEmpty() ? root : root.at(path);
  }

  private static void set(JsonNode root, String parent, String key, JsonNode value) {
    JsonNode container = at(root, parent);
    if (container instanceof ArrayNode array) {
      array.set(Integer.parseInt(key), value);
    } else {
      ((ObjectNode) container).set(key, value);
    }
  }

  /**
   * YAML to JSON as YAML 1.2's core schema reads it (what editors use): true/false, numbers,
   * strings.
   */
  static JsonNode toJson(String yaml) {
    var options = new LoaderOptions();
    var resolver =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {}
        };
    var parser =
        new Yaml(
            new SafeConstructor(options),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            resolver);
    return convert(parser.compose(new StringReader(yaml)));
  }

  private static JsonNode convert(Node node) {
    if (node instanceof MappingNode map) {
      var out = JSON.objectNode();
      for (NodeTuple t : map.getValue()) {
        out.set(((ScalarNode) t.getKeyNode()).getValue(), convert(t.getValueNode()));
      }
      return out;
    }
    if (node instanceof SequenceNode seq) {
      var out = JSON.arrayNode();
      seq.getValue().forEach(n -> out.add(convert(n)));
      return out;
    }
    var scalar = (ScalarNode) node;
    String text = scalar.getValue();
    if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
      if (text.equals("true") || text.equals("false")) {
        return JSON.booleanNode(text.equals("true"));
      }
      if (text.matches("-?(0|[1-9][0-9]*)")) {
        return JSON.numberNode(Long.parseLong(text));
      }
      if (text.matches("-?(0|[1-9][0-9]*)\\.[0-9]+")) {
        return JSON.numberNode(new java.math.BigDecimal(text));
      }
    }
    return JSON.textNode(text);
  }
}
