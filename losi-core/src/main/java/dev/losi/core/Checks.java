package dev.losi.core;

/** Shared field checks for the model's {@code @Value.Check} methods. */
final class Checks {

  private Checks() {}

  /**
   * Checks an identifier or code: not blank, no leading or trailing white space, no control
   * characters. Adds a problem built on {@code context} when it fails.
   */
  static void code(ProblemCollector problems, String field, String value, Problem.Builder context) {
    String why = null;
    if (value.isBlank()) {
      why = "must not be blank";
    } else if (!value.equals(value.strip())) {
      why = "must not start or end with white space";
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      why = "must not contain control characters";
    }
    if (why != null) {
      problems.add(context.field(field).value(value).message(why).build());
    }
  }

  /** Checks that a text field is not blank. */
  static void notBlank(ProblemCollector problems, String field, String value, Problem.Builder context) {
    if (value.isBlank()) {
      problems.add(context.field(field).message("must not be blank").build());
    }
  }
}
