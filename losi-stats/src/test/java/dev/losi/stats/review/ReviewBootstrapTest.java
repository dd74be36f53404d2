package dev.losi.stats.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Assessment;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.internal.Streams;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The review's cluster bootstrap against a resampling written here: percent agreement of two assessors is the
 * share of agreeing items, so a replicate that draws cities c_1 .. c_G (same seed scheme: stream
 * {@code Streams.seed(seed, b, 0, 0)}, {@code nextInt(G)}, cities ordered by id) has percent agreement
 * {@code sum agree(c_k) / (4 G)}; the interval is Commons Math's R_7 percentile of those.
 */
class ReviewBootstrapTest {

  // Agreeing items out of 4: C1 4, C2 3, C3 2, C4 4, C5 1.
  private static final List<Assessment> STUDY = List.of(
      Fixtures.assess("C1", "a", "PPAA"), Fixtures.assess("C1", "b", "PPAA"),
      Fixtures.assess("C2", "a", "PAPA"), Fixtures.assess("C2", "b", "PAPP"),
      Fixtures.assess("C3", "a", "PPPA"), Fixtures.assess("C3", "b", "AAPA"),
      Fixtures.assess("C4", "a", "APAP"), Fixtures.assess("C4", "b", "APAP"),
      Fixtures.assess("C5", "a", "PPPP"), Fixtures.assess("C5", "b", "AAAP"),
      Fixtures.assess("C6", "a", "PPPP"));
  private static final int[] AGREE = {4, 3, 2, 4, 1};

  @Test
  void percentAgreementIntervalEqualsResamplingByHand() {
    AssessmentReview review = AssessmentReview.of(Fixtures.INSTRUMENT, STUDY);
    long seed = 99;
    int replicates = 500;
    ClusterBootstrap boot = ClusterBootstrap.withReplicates(replicates).withSeed(seed);
    ReviewBootstrap r = ReviewBootstrap.of(review, STUDY, boot.withThreads(2));
    double[] shares = new double[replicates];
    for (int b = 0; b < replicates; b++) {
      UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(Streams.seed(seed, b, 0, 0));
      int sum = 0;
      for (int k = 0; k < 5; k++) {
        sum += AGREE[rng.nextInt(5)];
      }
      shares[b] = sum / 20.0;
    }
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    ClusterBootstrap.Result pa = r.overall().get(Coefficient.PERCENT_AGREEMENT);
    assertEquals(14 / 20.0, pa.point().value(), 1e-15);
    assertEquals(p.evaluate(shares, 2.5), pa.bootstrap().orElseThrow().interval().lower(), 1e-12);
    assertEquals(p.evaluate(shares, 97.5), pa.bootstrap().orElseThrow().interval().upper(), 1e-12);
    assertEquals(5, pa.clusters(), "C6 has one assessor and is not resampled");
    // The same replicates for any thread count; the views the review has, with its point values.
    assertEquals(r.overall(), ReviewBootstrap.of(review, STUDY, boot.withThreads(1)).overall());
    assertEquals(List.of("IF", "CP"), List.copyOf(r.byCriterion().keySet()));
    assertEquals(List.of("#1", "#2", "#3", "#4"), List.copyOf(r.byIndicator().keySet()));
    for (GroupAgreement g : review.byIndicator()) {
      assertEquals(g.report().estimate(Coefficient.GWET_AC1).orElseThrow(),
          r.byIndicator().get(g.key()).get(Coefficient.GWET_AC1).point());
    }
  }

  @Test
  void refusedWithFewerThanTwoComparedCities() {
    List<Assessment> one = STUDY.subList(0, 2);
    assertThrows(IllegalArgumentException.class, () -> ReviewBootstrap.of(AssessmentReview.of(Fixtures.INSTRUMENT, one),
        one, ClusterBootstrap.withReplicates(10)));
  }
}
