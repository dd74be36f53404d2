package dev.losi.stats.review;

import static dev.losi.stats.review.Fixtures.INSTRUMENT;
import static dev.losi.stats.review.Fixtures.assess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.Coefficient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two organisations' results compared, worked by hand. */
class OrganisationComparisonTest {

  /**
   * Standard LOSI = present indicators / 4.
   * <pre>
   *   city  left  score  right                     score
   *   C1    PAAA  0.25   PPAA                      0.50   (#2 right only; level middle -> high)
   *   C2    PPAA  0.50   PAAA                      0.25   (#2 left only; level high -> middle)
   *   C3    PPPA  0.75   PPP + #4 on social media  0.75   (#4 is MGP-specific: downgraded, does not count)
   *   C4    PPPP  1.00   PPPA                      0.75   (#4 left only)
   * </pre>
   * Mean difference (right - left) = (0.25 - 0.25 + 0 - 0.25)/4 = -0.0625; the drivers: #4 contributes
   * (0 - 1)/4/4 = -0.0625, #2 (1 - 1)/4/4 = 0.
   * Spearman by hand: left ranks 1, 2, 3, 4; right scores 0.5, 0.25, 0.75, 0.75 have average ranks 2, 1,
   * 3.5, 3.5; deviations from 2.5: x = -1.5, -0.5, 0.5, 1.5, y = -0.5, -1.5, 1, 1; sum xy = 3.5, sum x^2 = 5,
   * sum y^2 = 4.5; rho = 3.5 / sqrt(22.5) = 0.7378647873726218.
   * Item agreement: 16 items, 3 differ (C1 #2, C2 #2, C4 #4): 13/16.
   */
  @Test
  void byHand() {
    Assessment c3right = Assessment.builder().from(assess("C3", "uni", "PPPA"))
        .responses(List.of(Response.of("#1", Answer.PRESENT), Response.of("#2", Answer.PRESENT),
            Response.of("#3", Answer.PRESENT), Response.of("#4", Answer.PRESENT, Evidence.on(Channel.SOCIAL_MEDIA))))
        .build();
    List<Assessment> left = List.of(assess("C1", "gov", "PAAA"), assess("C2", "gov", "PPAA"),
        assess("C3", "gov", "PPPA"), assess("C4", "gov", "PPPP"), assess("C5", "gov", "PPPP"));
    List<Assessment> right = List.of(assess("C1", "uni", "PPAA"), assess("C2", "uni", "PAAA"), c3right,
        assess("C4", "uni", "PPPA"), assess("C6", "uni", "AAAA"));
    OrganisationComparison c = OrganisationComparison.compare(INSTRUMENT, "government", left, "university", right,
        MissingAnswerPolicy.REJECT);
    assertEquals(4, c.cities().size());
    assertEquals(List.of("C5"), c.onlyLeft().stream().map(x -> x.id()).toList());
    assertEquals(List.of("C6"), c.onlyRight().stream().map(x -> x.id()).toList());
    assertEquals(0.25, c.cities().get(0).difference(), 1e-15);
    assertEquals(List.of("#2"), c.cities().get(0).indicatorsDiffering());
    assertEquals(List.of(), c.cities().get(2).indicatorsDiffering());
    assertEquals(-0.0625, c.meanDifference(), 1e-15);
    assertEquals(List.of("C1", "C2"), c.levelChanges().stream().map(x -> x.city().id()).toList());
    assertEquals(Level.MIDDLE, c.cities().get(0).left().level());
    assertEquals(Level.HIGH, c.cities().get(0).right().level());
    assertEquals(1, c.cities().get(3).leftRank());
    assertEquals(1, c.cities().get(3).rightRank()); // tied with C3 at 0.75: competition rank 1
    assertEquals(0.7378647873726218, c.rankCorrelation().value(), 1e-12);
    assertEquals(13.0 / 16, c.itemAgreement().estimate(Coefficient.PERCENT_AGREEMENT).orElseThrow().value(), 1e-15);
    assertEquals("#4", c.drivers().get(0).indicator().code());
    assertEquals(-0.0625, c.drivers().get(0).meanContribution(), 1e-15);
    assertEquals(1, c.drivers().get(0).leftOnly());
    double sum = c.drivers().stream().mapToDouble(IndicatorDifference::meanContribution).sum();
    assertEquals(c.meanDifference(), sum, 1e-15);
    assertEquals(2, c.drivers().stream().filter(x -> x.citiesDiffering() > 0).count());
  }

  @Test
  void spearmanUndefinedCases() {
    Estimate two = OrganisationComparison.spearman(new double[] {0.1, 0.2}, new double[] {0.3, 0.1}, "l", "r");
    assertFalse(two.isDefined());
    Estimate constant = OrganisationComparison.spearman(new double[] {0.1, 0.2, 0.3}, new double[] {0.5, 0.5, 0.5}, "l", "r");
    assertEquals("r gives every common city the same score", constant.undefinedReason().orElseThrow());
    assertEquals(1.0, OrganisationComparison.spearman(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 9}, "l", "r").value(), 0);
  }

  @Test
  void problems() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> OrganisationComparison.compare(
        INSTRUMENT, List.of(assess("C1", "a", "PPPP"), assess("C1", "b", "PPPA")), List.of(assess("C1", "u", "PPP-"))));
    assertEquals(2, e.total(), e.getMessage());
    assertTrue(e.getMessage().contains("second assessment of this city in left"), e.getMessage());
    OrganisationComparison lenient = OrganisationComparison.compare(INSTRUMENT, "l", List.of(assess("C1", "a", "PPPP")),
        "r", List.of(assess("C1", "u", "PPP-")), MissingAnswerPolicy.COUNT_AS_ABSENT);
    assertEquals(-0.25, lenient.meanDifference(), 1e-15);
    assertThrows(LosiValidationException.class, () -> OrganisationComparison.compare(INSTRUMENT,
        List.of(assess("C1", "a", "PPPP")), List.of(assess("C2", "u", "PPPP"))));
  }
}
