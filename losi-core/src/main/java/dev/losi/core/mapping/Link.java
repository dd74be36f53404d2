package dev.losi.core.mapping;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of an {@link EditionMapping}: an A indicator code, a B indicator code, the {@link Relation}
 * between them and a note. {@link Relation#REMOVED} rows have no target and {@link Relation#ADDED}
 * rows have no source; every other row has both.
 *
 * <p>This is also the shape of one CSV row {@code from_code,to_code,relation,note}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Link {

  Link() {}

  /** {@return the code of the indicator in edition A; empty only for {@link Relation#ADDED}} */
  public abstract Optional<String> from();

  /** {@return the code of the indicator in edition B; empty only for {@link Relation#REMOVED}} */
  public abstract Optional<String> to();

  /** {@return the relation} */
  public abstract Relation relation();

  /** {@return free text, for example why two indicators are judged the same; may be empty; valid Unicode (no unpaired surrogate)} */
  @Value.Default
  public String note() {
    return "";
  }

  /**
   * A row {@code from -> to} with the given one-to-one, split or merged relation.
   *
   * @param from the A indicator code
   * @param to the B indicator code
   * @param relation the relation of the row
   * @return the row, without note
   */
  public static Link of(String from, String to, Relation relation) {
    return builder().from(from).to(to).relation(relation).build();
  }

  /**
   * A row {@code from -> to} with the given relation and note.
   *
   * @param from the A indicator code
   * @param to the B indicator code
   * @param relation the relation of the row
   * @param note free text, for example why two indicators are judged the same
   * @return the row
   */
  public static Link of(String from, String to, Relation relation, String note) {
    return builder().from(from).to(to).relation(relation).note(note).build();
  }

  /**
   * A {@link Relation#REMOVED} row.
   *
   * @param from the A indicator code
   * @return the row
   */
  public static Link removed(String from) {
    return builder().from(from).relation(Relation.REMOVED).build();
  }

  /**
   * An explicit {@link Relation#ADDED} row (unnamed B indicators are added implicitly).
   *
   * @param to the B indicator code
   * @return the row
   */
  public static Link added(String to) {
    return builder().to(to).relation(Relation.ADDED).build();
  }

  /**
   * Starts a link.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return from().orElse("-") + " -> " + to().orElse("-") + " (" + relation().label() + ")"
        + (note().isEmpty() ? "" : " " + note());
  }

  @Value.Check
  void check() {
    dev.losi.core.ProblemCollector problems = new dev.losi.core.ProblemCollector();
    String name = relation().label();
    String article = relation() == Relation.ADDED ? "an " : "a ";
    side(problems, "from", from(), relation().hasSource(), article + name);
    side(problems, "to", to(), relation().hasTarget(), article + name);
    int bad = unpairedSurrogate(note());
    if (bad >= 0) {
      dev.losi.core.Problem.Builder at = dev.losi.core.Problem.builder();
      from().or(this::to).ifPresent(at::indicator);
      problems.add(at.field("note").message("is not valid Unicode text: unpaired surrogate at index " + bad
          + " (it cannot be written as UTF-8)").build());
    }
    problems.throwIfAny();
  }

  /** The index of the first unpaired UTF-16 surrogate in {@code s}, or -1. */
  static int unpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private void side(dev.losi.core.ProblemCollector problems, String field, Optional<String> code, boolean required,
      String what) {
    dev.losi.core.Problem.Builder at = dev.losi.core.Problem.builder();
    from().or(this::to).ifPresent(at::indicator);
    if (code.isEmpty()) {
      if (required) {
        problems.add(at.field(field).message("is required for " + what + " link").build());
      }
      return;
    }
    String c = code.get();
    if (!required) {
      problems.add(at.field(field).value(c).message("must be empty for " + what + " link").build());
    } else if (c.isBlank() || !c.equals(c.strip()) || c.chars().anyMatch(Character::isISOControl)
        || unpairedSurrogate(c) >= 0) {
      problems.add(at.field(field).value(c).message(
          "must not be blank, start or end with white space, or contain control characters or unpaired surrogates").build());
    }
  }

  /**
   * Builds {@link Link}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
