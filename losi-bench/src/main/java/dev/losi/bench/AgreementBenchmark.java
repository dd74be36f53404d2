package dev.losi.bench;

import dev.losi.stats.agreement.KrippendorffAlpha;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import java.util.SplittableRandom;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Nominal Krippendorff's alpha on 100,000 units × 5 raters, four categories, 10% missing: this SDK
 * against DKPro Agreement 2.2.1 on the same ratings, in the same run. Goal (issue "Performance"): at
 * least 50 times faster. Both compute the same value (the test suite checks equality to 1e-12).
 *
 * @since 0.1.0
 */
public class AgreementBenchmark extends BenchmarkSettings {

  ReliabilityData ours;
  CodingAnnotationStudy dkpro;

  /** Builds the same ratings for both libraries. */
  @Setup
  public void setUp() {
    int units = 100_000;
    int raters = 5;
    SplittableRandom rnd = new SplittableRandom(7);
    int[][] codes = new int[units][raters];
    dkpro = new CodingAnnotationStudy(raters);
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(4);
      Object[] item = new Object[raters];
      for (int r = 0; r < raters; r++) {
        if (rnd.nextDouble() < 0.10) {
          codes[u][r] = ReliabilityData.MISSING;
        } else {
          int v = rnd.nextDouble() < 0.7 ? truth : rnd.nextInt(4);
          codes[u][r] = v;
          item[r] = v;
        }
      }
      dkpro.addItemAsArray(item);
    }
    ours = ReliabilityData.of(Scale.nominal("0", "1", "2", "3"), codes);
  }

  /** This SDK: nominal alpha. */
  @Benchmark
  public double losiAlpha() {
    return KrippendorffAlpha.estimate(ours, MeasurementLevel.NOMINAL).value();
  }

  /** DKPro Agreement 2.2.1: nominal alpha. */
  @Benchmark
  public double dkproAlpha() {
    return new KrippendorffAlphaAgreement(dkpro, new NominalDistanceFunction()).calculateAgreement();
  }
}
