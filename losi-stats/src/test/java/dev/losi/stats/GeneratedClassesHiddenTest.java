package dev.losi.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.stats.review.ReviewerDecision;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 7: the Immutables classes of losi-stats are package-private; {@code Estimate.builder(..)}
 * returns the public {@code Estimate.Builder} (it returned the generated {@code ImmutableEstimate.Builder}).
 */
class GeneratedClassesHiddenTest {

  @Test
  void generatedClassesArePackagePrivate() throws ClassNotFoundException {
    for (Class<?> value : List.of(Estimate.class, ConfidenceInterval.class, ReviewerDecision.class, CityScoreRow.class,
        CountryOsiRow.class)) {
      Class<?> generated = Class.forName(value.getPackageName() + ".Immutable" + value.getSimpleName());
      assertFalse(Modifier.isPublic(generated.getModifiers()), generated.getName());
    }
  }

  @Test
  void estimateBuilderIsPublicAndBuildsAnEstimate() throws ReflectiveOperationException {
    Class<?> type = Estimate.class.getMethod("builder", String.class, double.class).getReturnType();
    assertEquals(Estimate.Builder.class, type);
    assertTrue(Modifier.isPublic(type.getModifiers()));
    Estimate e = Estimate.builder("r", 0.5).standardError(0.1).pValue(0.02).build();
    assertEquals(0.5, e.value());
    assertEquals(0.1, e.standardError().getAsDouble());
  }
}
