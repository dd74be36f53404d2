package dev.losi.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one parser of the enums that are read from files and options (answers, levels, relations, levels of
 * measurement): each constant is written in a few forms (a code, its name, a label), and a text names the
 * constant whose form it matches after surrounding white space is stripped. Each enum keeps its own rule of
 * matching: {@link #normalized} (the text and the forms made alike by one function, then compared exactly) or
 * {@link #ignoringCase} ({@link String#equalsIgnoreCase}, first constant and first form in order). Not API:
 * exported only to the other losi modules.
 *
 * <p>Immutable and thread-safe once built; each enum holds one in a static field.
 *
 * @param <E> the enum
 * @since 0.1.0
 */
public final class EnumForms<E extends Enum<E>> {

  private final List<Map.Entry<String, E>> forms;
  private final UnaryOperator<String> normalize;
  private final Map<String, E> byNormalForm;

  private EnumForms(E[] constants, Function<E, List<String>> formsOf, UnaryOperator<String> normalize) {
    List<Map.Entry<String, E>> all = new ArrayList<>();
    Map<String, E> index = new HashMap<>();
    for (E e : constants) {
      for (String form : formsOf.apply(e)) {
        all.add(Map.entry(form, e));
        if (normalize != null) {
          index.putIfAbsent(normalize.apply(form), e);
        }
      }
    }
    this.forms = List.copyOf(all);
    this.normalize = normalize;
    this.byNormalForm = Collections.unmodifiableMap(index);
  }

  /**
   * Forms compared after one normalization of both sides, for example upper case with spaces as
   * underscores, so that {@code not applicable} reads as {@code NOT_APPLICABLE}.
   *
   * @param constants the enum's constants, in order
   * @param formsOf the forms each constant is written in
   * @param normalize what makes a stripped text and a form alike
   * @param <E> the enum
   * @return the parser
   */
  public static <E extends Enum<E>> EnumForms<E> normalized(E[] constants, Function<E, List<String>> formsOf,
      UnaryOperator<String> normalize) {
    return new EnumForms<>(constants, formsOf, normalize);
  }

  /**
   * Forms compared with {@link String#equalsIgnoreCase}.
   *
   * @param constants the enum's constants, in order
   * @param formsOf the forms each constant is written in
   * @param <E> the enum
   * @return the parser
   */
  public static <E extends Enum<E>> EnumForms<E> ignoringCase(E[] constants, Function<E, List<String>> formsOf) {
    return new EnumForms<>(constants, formsOf, null);
  }

  /**
   * The constant a text names.
   *
   * @param text a cell, field or option value; surrounding white space is stripped
   * @return the constant, or empty when the text is none of the forms
   */
  public Optional<E> find(String text) {
    String t = text.strip();
    if (normalize != null) {
      return Optional.ofNullable(byNormalForm.get(normalize.apply(t)));
    }
    for (Map.Entry<String, E> form : forms) {
      if (form.getKey().equalsIgnoreCase(t)) {
        return Optional.of(form.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The constant a text names, or an exception {@code "<text>" is not <what>}.
   *
   * @param text a cell, field or option value; surrounding white space is stripped
   * @param what what the text should have been, with the accepted forms, for example
   *     {@code a level (very high, high, middle, low)}
   * @return the constant
   * @throws IllegalArgumentException when the text is none of the forms
   */
  public E parse(String text, String what) {
    return find(text).orElseThrow(() -> new IllegalArgumentException("\"" + text + "\" is not " + what));
  }
}
