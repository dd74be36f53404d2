package dev.losi.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Answer;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import dev.losi.core.mapping.Relation;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The enums parsed by {@link EnumForms} accept exactly what their own parsers accepted before it: each
 * property runs a second implementation, the earlier hand-written loop, on the same text (random texts built
 * from the accepted forms with case changes, spaces, underscores and look-alike characters such as the
 * dotless i, the long s and the sharp s).
 */
class EnumFormsProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> seed = Arbitraries.of("1", "0", "", " ", "NA", "na", "n a", "PRESENT", "Present", "absent",
        "Not applicable", "not_applicable", "NOT ASSESSED", "Not  assessed", "yes", "2", "very high", "VERY_HIGH",
        "v", "h", "m", "l", "Middle", "hıgh", "mİddle", "very_high", "very  high", "same", "SPLIT", "ReNaMeD", "added",
        "abſent", "not aßeßed", "x");
    Arbitrary<String> pad = Arbitraries.of("", " ", "\t", "\u00a0", "\u2003");
    return Combinators.combine(pad, seed, pad, Arbitraries.of(0, 1, 2)).as((a, s, b, c) -> a + (c == 1
        ? s.toUpperCase(Locale.ROOT) : c == 2 ? s.toLowerCase(Locale.ROOT) : s) + b);
  }

  @Property
  void answersAsBefore(@ForAll("texts") String text) {
    assertEquals(answerBefore(text), Answer.parse(text));
  }

  @Property
  void levelsAsBefore(@ForAll("texts") String text) {
    assertParsedAsBefore(levelBefore(text), Level::parse, text, "a level (very high, high, middle, low)");
  }

  @Property
  void relationsAsBefore(@ForAll("texts") String text) {
    assertParsedAsBefore(relationBefore(text), Relation::parse, text,
        "a relation (same, renamed, moved, split, merged, removed, added)");
  }

  /** The parser gives what the earlier loop found, or else refuses the text with the earlier message. */
  private static <E> void assertParsedAsBefore(Optional<E> before, Function<String, E> parse, String text,
      String what) {
    if (before.isPresent()) {
      assertEquals(before.get(), parse.apply(text));
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse.apply(text));
      assertEquals("\"" + text + "\" is not " + what, e.getMessage());
    }
  }

  /** The labels, letters and rating classes as written out by hand before they were derived from the names. */
  @Example
  void derivedNamesAsBefore() {
    assertEquals("very high V high H middle M low L",
        String.join(" ", Level.VERY_HIGH.label(), Level.VERY_HIGH.letter(), Level.HIGH.label(), Level.HIGH.letter(),
            Level.MIDDLE.label(), Level.MIDDLE.letter(), Level.LOW.label(), Level.LOW.letter()));
    String[][] classes = {{"VH", "V3", "V2", "V1"}, {"HV", "H3", "H2", "H1"}, {"MH", "M3", "M2", "M1"},
        {"LM", "L3", "L2", "L1"}};
    for (int l = 0; l < 4; l++) {
      for (int q = 4; q >= 1; q--) {
        RatingClass c = RatingClass.valueOf(classes[l][4 - q]);
        assertEquals(Level.values()[l], c.level());
        assertEquals(q, c.quartile());
        assertEquals(c, RatingClass.of(Level.values()[l], q));
      }
    }
    for (Relation r : Relation.values()) {
      assertEquals(r != Relation.ADDED, r.hasSource(), r.name());
      assertEquals(r != Relation.REMOVED, r.hasTarget(), r.name());
    }
  }

  private static Optional<Answer> answerBefore(String text) {
    String t = text.strip();
    switch (t) {
      case "1":
        return Optional.of(Answer.PRESENT);
      case "0":
        return Optional.of(Answer.ABSENT);
      case "":
        return Optional.of(Answer.NOT_ASSESSED);
      default:
        break;
    }
    String name = t.toUpperCase(Locale.ROOT).replace(' ', '_');
    if (name.equals("NA")) {
      return Optional.of(Answer.NOT_APPLICABLE);
    }
    for (Answer a : Answer.values()) {
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static Optional<Level> levelBefore(String text) {
    String[][] forms = {{"very high", "V"}, {"high", "H"}, {"middle", "M"}, {"low", "L"}};
    String t = text.strip();
    for (Level l : Level.values()) {
      String label = forms[l.ordinal()][0];
      String letter = forms[l.ordinal()][1];
      if (label.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t) || letter.equalsIgnoreCase(t)
          || l.name().replace('_', ' ').equalsIgnoreCase(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  private static Optional<Relation> relationBefore(String text) {
    String t = text.strip();
    for (Relation r : Relation.values()) {
      if (r.name().equalsIgnoreCase(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
