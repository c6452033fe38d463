package dev.netgen.hooks;

import static org.assertj.core.api.Assertions.fail;

import java.util.regex.Pattern;

/**
 * The few Jinja expressions the Ansible example uses, evaluated as Ansible would. Anything else
 * fails the test, asking for this class to learn it, so the docs cannot gain an expression the test
 * silently misreads.
 */
final class Jinja {
  private static final Pattern RC_TEST = Pattern.compile("(\\w+)\\.rc (==|!=|>|>=|<|<=) (\\d+)");
  private static final Pattern CHANGED_AND_NOT_CHECK =
      Pattern.compile("(\\w+) is changed and not ansible_check_mode");

  private Jinja() {}

  /** {@code REGISTER.rc OP N}, with REGISTER the diff task's registered variable. */
  static boolean rcTest(String expression, String register, int rc) {
    var m = RC_TEST.matcher(expression.strip());
    if (!m.matches() || !m.group(1).equals(register)) {
      fail(
          "Jinja does not know %s (register %s): teach it, or keep the docs to REGISTER.rc OP N",
          expression, register);
    }
    int n = Integer.parseInt(m.group(3));
    return switch (m.group(2)) {
      case "==" -> rc == n;
      case "!=" -> rc != n;
      case ">" -> rc > n;
      case ">=" -> rc >= n;
      case "<" -> rc < n;
      default -> rc <= n;
    };
  }

  /** {@code REGISTER is changed and not ansible_check_mode}. */
  static boolean when(String expression, String register, boolean changed, boolean checkMode) {
    var m = CHANGED_AND_NOT_CHECK.matcher(expression.strip());
    if (!m.matches() || !m.group(1).equals(register)) {
      fail("Jinja does not know when: %s (register %s)", expression, register);
    }
    return changed && !checkMode;
  }
}
