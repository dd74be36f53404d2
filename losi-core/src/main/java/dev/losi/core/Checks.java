package dev.losi.core;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Shared field checks for the model's {@code @Value.Check} methods. */
final class Checks {

  private static final Pattern ISO_ALPHA3 = Pattern.compile("[A-Z]{3}");

  private Checks() {}

  /**
   * Checks a country code: an ISO 3166-1 alpha-3 code, three upper-case letters. Adds a problem on the field
   * {@code country} built on {@code context} when it fails.
   */
  static void country(ProblemCollector problems, String value, Problem.Builder context) {
    if (!ISO_ALPHA3.matcher(value).matches()) {
      problems.add(context.field("country").value(value)
          .message("is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)").build());
    }
  }

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
    } else if (hasControlCharacter(value)) {
      why = "must not contain control characters";
    }
    if (why != null) {
      problems.add(context.field(field).value(value).message(why).build());
    }
  }

  /** Whether a UTF-16 unit of {@code value} is an ISO control character (U+0000 to U+001F, U+007F to U+009F). */
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A collector for one value's {@code @Value.Check}, holding already the problem of its identifier or code
   * (see {@link #code}) when there is one; the check adds the rest and ends with
   * {@link ProblemCollector#throwIfAny()}.
   */
  static ProblemCollector startWithCode(String field, String value) {
    ProblemCollector problems = new ProblemCollector();
    code(problems, field, value, Problem.builder());
    return problems;
  }

  /**
   * The position of the first element with each key: the look-up behind {@code Instrument.indexOf} and
   * {@code Assessment.response}. Later duplicates (which the value checks reject anyway) are ignored.
   */
  static <T> Map<String, Integer> firstIndexByKey(List<T> list, Function<T, String> key) {
    Map<String, Integer> index = new HashMap<>(list.size() * 2);
    for (int i = 0; i < list.size(); i++) {
      index.putIfAbsent(key.apply(list.get(i)), i);
    }
    return Collections.unmodifiableMap(index);
  }

  /** Checks that a text field is not blank. */
  static void notBlank(ProblemCollector problems, String field, String value, Problem.Builder context) {
    if (value.isBlank()) {
      problems.add(context.field(field).message("must not be blank").build());
    }
  }
}
