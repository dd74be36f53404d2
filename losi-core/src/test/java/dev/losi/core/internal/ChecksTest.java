package dev.losi.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#nonNull} does what one {@link Objects#requireNonNull(Object, String)} per pair did before it
 * (the second implementation, run here on the same arguments): the same exception type and message for the
 * first null value, and nothing when none is null.
 */
class ChecksTest {

  @Provide
  Arbitrary<Object[]> pairs() {
    Arbitrary<Object> value = Arbitraries.strings().ofMaxLength(3).map(s -> (Object) s).injectNull(0.25);
    return Arbitraries.integers().between(0, 6).flatMap(n -> value.list().ofSize(n).map(values -> {
      Object[] args = new Object[2 * values.size()];
      for (int i = 0; i < values.size(); i++) {
        args[2 * i] = "c" + i;
        args[2 * i + 1] = values.get(i);
      }
      return args;
    }));
  }

  @Property
  void sameAsOneRequireNonNullPerPair(@ForAll("pairs") Object[] args) {
    String expected = null;
    try {
      for (int i = 0; i < args.length; i += 2) {
        Objects.requireNonNull(args[i + 1], (String) args[i]);
      }
    } catch (NullPointerException e) {
      expected = e.getMessage();
    }
    if (expected == null) {
      assertDoesNotThrow(() -> Checks.nonNull(args));
    } else {
      assertEquals(expected, assertThrows(NullPointerException.class, () -> Checks.nonNull(args)).getMessage());
    }
  }

  @Test
  void namesAndValuesComeInPairs() {
    assertThrows(IllegalArgumentException.class, () -> Checks.nonNull("a", 1, "b"));
  }

  @Test
  void firstNullIsNamed() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> Checks.nonNull("city", "Lagos", "country", null, "iso3", null));
    assertEquals("country", e.getMessage());
  }
}
