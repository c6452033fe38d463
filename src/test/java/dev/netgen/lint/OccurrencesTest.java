package dev.netgen.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netgen.model.Position;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class OccurrencesTest {
  @Test
  void reportsEachRepeatAgainstTheFirstInFileOrderNotInsertionOrder() {
    var names = new Occurrences<String, String>();
    names.add("x", new Position("f", 9, 1), "late");
    names.add("y", new Position("f", 2, 1), "alone");
    names.add("x", new Position("f", 3, 1), "early");
    names.add("x", new Position("f", 5, 1), "middle");
    var pairs = new ArrayList<String>();
    names.forEachRepeat((first, repeat) -> pairs.add(first.owner() + "<-" + repeat.owner()));
    assertThat(pairs).containsExactly("early<-middle", "early<-late");
  }
}
