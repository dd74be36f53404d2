package dev.losi.stats.agreement;

import dev.losi.stats.Estimate;
import dev.losi.stats.internal.KeyedReports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every agreement coefficient for one data set at a requested {@link MeasurementLevel}, with the
 * counts a reader needs (units, raters, pairable values), the coefficients that do not apply and why,
 * and the prevalence note that explains the kappa paradox when kappa or alpha diverge from the
 * prevalence-robust Gwet's AC1.
 *
 * <p>Coefficients, in this order: percent agreement; Cohen's kappa (two raters) and, at an ordered
 * level, its linear and quadratic weighted forms; Scott's pi and Bennett's S (two raters); Fleiss' kappa
 * (no missing ratings); Randolph's kappa; Gwet's AC1; at an ordered level Gwet's AC2 with
 * {@link Weights#forLevel} weights; Krippendorff's alpha at the level, with the bootstrap standard error
 * and percentile interval when a bootstrap is requested, otherwise Gwet's analytic ones
 * ({@link KrippendorffAlpha#withStandardError}; none at the ordinal level).
 *
 * <p>The report knows no file format: {@code dev.losi.stats.io.StatisticsJson} writes it with the keys
 * of {@code losi agreement --format json}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementReport {

  /** Gwet's AC1 exceeding the lower of kappa and alpha by at least this much triggers the prevalence note. */
  public static final double PARADOX_GAP = 0.20;

  private final MeasurementLevel level;
  private final int units;
  private final int raters;
  private final long pairableValues;
  private final List<CoefficientResult> results;
  private final AlphaBootstrap bootstrap;
  private final String prevalenceNote;
  private final String weightsName;

  static {
    KeyedReports.register(new KeyedReports.Factory() {
      @Override
      public boolean fits(int q, int raters) {
        return UnitKeys.fits(q, raters);
      }

      @Override
      public AgreementReport report(Scale scale, int raters, int[] keys, MeasurementLevel level) {
        return build(new UnitKeys(scale, raters, keys), level, null);
      }
    });
  }

  private AgreementReport(MeasurementLevel level, int units, int raters, long pairableValues,
      List<CoefficientResult> results, AlphaBootstrap bootstrap, String prevalenceNote, String weightsName) {
    this.level = level;
    this.units = units;
    this.raters = raters;
    this.pairableValues = pairableValues;
    this.results = List.copyOf(results);
    this.bootstrap = bootstrap;
    this.prevalenceNote = prevalenceNote;
    this.weightsName = weightsName;
  }

  /**
   * The report without a bootstrap.
   *
   * @param data the ratings
   * @param level the level of measurement
   * @return every coefficient, applicable or not
   * @throws IllegalArgumentException when the data's scale does not support the level
   */
  public static AgreementReport of(ReliabilityData data, MeasurementLevel level) {
    return build(data, level, null);
  }

  /**
   * The report with a unit bootstrap of Krippendorff's alpha ({@link KrippendorffAlpha#bootstrap}).
   *
   * @param replicates bootstrap replicates, at least 1
   * @param seed the seed (same seed, same result)
   * @param minima minimum acceptable alphas, for example 0.667 and 0.800
   * @param data the ratings
   * @param level the level of measurement
   * @return every coefficient and the bootstrap of alpha
   */
  public static AgreementReport withBootstrap(ReliabilityData data, MeasurementLevel level, int replicates, long seed,
      double... minima) {
    return build(data, level, KrippendorffAlpha.bootstrap(data, level, replicates, seed, minima));
  }

  private static AgreementReport build(ReliabilityData data, MeasurementLevel level, AlphaBootstrap boot) {
    return build(new ReportInput.Data(data), level, boot);
  }

  /**
   * The report on a report's input: {@link ReliabilityData} read as the coefficients' entries read it, or
   * {@link UnitKeys}, whose counts and tables are the same integers, so the same report bit for bit.
   */
  static AgreementReport build(ReportInput data, MeasurementLevel level, AlphaBootstrap boot) {
    Scale scale = data.scale();
    scale.whyNot(level).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    // The per-unit category counts are computed once (and once more for the units both raters rated, when
    // some are missing), not once per coefficient: each coefficient reads the same counts, and the observed
    // agreement of the unweighted family once per set of counts. With two raters and no missing rating
    // Fleiss' kappa is Scott's pi and Randolph's kappa is Bennett's S on the same counts: computed once.
    UnitCounts all = data.counts(false);
    Weights identity = Weights.identity(scale);
    GwetFamily.Observed observed = all.n2 == 0 ? null : GwetFamily.Observed.of(all, identity);
    List<CoefficientResult> rs = new ArrayList<>();
    rs.add(CoefficientResult.of(Coefficient.PERCENT_AGREEMENT,
        GwetFamily.estimate(Coefficient.PERCENT_AGREEMENT, observed, all, identity, Agreement.Kind.PA)));
    rs.add(Agreement.cohenKappa(data));
    if (level.isOrdered()) {
      rs.add(Agreement.weightedKappa(data, Weights.linear(scale)));
      rs.add(Agreement.weightedKappa(data, Weights.quadratic(scale)));
    }
    boolean missing = data.hasMissing();
    Estimate pi = null;
    Estimate s = null;
    if (data.raters() == 2) {
      UnitCounts complete = missing ? data.counts(true) : all;
      GwetFamily.Observed oc = complete == all ? observed
          : complete.n2 == 0 ? null : GwetFamily.Observed.of(complete, identity);
      pi = GwetFamily.estimate(Coefficient.SCOTT_PI, oc, complete, identity, Agreement.Kind.PI);
      s = GwetFamily.estimate(Coefficient.BENNETT_S, oc, complete, identity, Agreement.Kind.BP);
      rs.add(CoefficientResult.of(Coefficient.SCOTT_PI, pi));
      rs.add(CoefficientResult.of(Coefficient.BENNETT_S, s));
    } else {
      rs.add(Agreement.twoRatersOnly(Coefficient.SCOTT_PI, data.raters()));
      rs.add(Agreement.twoRatersOnly(Coefficient.BENNETT_S, data.raters()));
    }
    boolean sameCounts = pi != null && !missing;
    rs.add(sameCounts ? CoefficientResult.of(Coefficient.FLEISS_KAPPA, Agreement.renamed(pi, Coefficient.FLEISS_KAPPA))
        : Agreement.fleissKappa(data, all));
    rs.add(CoefficientResult.of(Coefficient.RANDOLPH_KAPPA, sameCounts ? Agreement.renamed(s, Coefficient.RANDOLPH_KAPPA)
        : GwetFamily.estimate(Coefficient.RANDOLPH_KAPPA, observed, all, identity, Agreement.Kind.BP)));
    rs.add(CoefficientResult.of(Coefficient.GWET_AC1,
        GwetFamily.estimate(Coefficient.GWET_AC1, observed, all, identity, Agreement.Kind.AC)));
    String weightsName = null;
    if (level.isOrdered()) {
      Weights w = Weights.forLevel(scale, level);
      weightsName = w.name();
      rs.add(CoefficientResult.of(Coefficient.GWET_AC2, Agreement.gwetAc2(scale, w, all)));
    }
    long[] pairable = {-1}; // counted by alpha on the way, when it can: no pass over the units of its own
    Estimate alpha = boot != null ? boot.estimate() : KrippendorffAlpha.withStandardError(data, level, all, pairable);
    rs.add(CoefficientResult.of(Coefficient.KRIPPENDORFF_ALPHA, alpha));
    String note = prevalenceNote(rs, data);
    long pairableValues = pairable[0] >= 0 ? pairable[0] : data.pairableValues();
    return new AgreementReport(level, data.units(), data.raters(), pairableValues, rs, boot, note, weightsName);
  }

  private static String prevalenceNote(List<CoefficientResult> rs, ReportInput data) {
    Map<Coefficient, Estimate> m = new LinkedHashMap<>();
    for (CoefficientResult r : rs) {
      r.estimateIfApplicable().filter(Estimate::isDefined).ifPresent(e -> m.put(r.coefficient(), e));
    }
    Estimate ac1 = m.get(Coefficient.GWET_AC1);
    Estimate pa = m.get(Coefficient.PERCENT_AGREEMENT);
    if (ac1 == null || pa == null) {
      return null;
    }
    Estimate kappa = m.containsKey(Coefficient.COHEN_KAPPA) ? m.get(Coefficient.COHEN_KAPPA) : m.get(Coefficient.FLEISS_KAPPA);
    Estimate alpha = m.get(Coefficient.KRIPPENDORFF_ALPHA);
    double low = Double.POSITIVE_INFINITY;
    if (kappa != null) {
      low = Math.min(low, kappa.value());
    }
    if (alpha != null) {
      low = Math.min(low, alpha.value());
    }
    if ((kappa == null && alpha == null) || ac1.value() - low < PARADOX_GAP) {
      return null; // decided before any text is formatted: most reports of a review have no note
    }
    List<String> named = new ArrayList<>();
    if (kappa != null) {
      named.add((kappa.statistic().equals("cohen_kappa") ? "Cohen's kappa" : "Fleiss' kappa") + " (" + f(kappa.value()) + ")");
    }
    if (alpha != null) {
      named.add("Krippendorff's alpha (" + f(alpha.value()) + ")");
    }
    long[] counts = data.categoryCounts();
    long total = 0;
    for (long x : counts) {
      total += x;
    }
    int top = 0;
    for (int c = 1; c < counts.length; c++) {
      if (counts[c] > counts[top]) {
        top = c;
      }
    }
    return String.join(" and ", named) + (named.size() > 1 ? " are" : " is") + " much lower than Gwet's AC1 ("
        + f(ac1.value()) + ") although " + pct(pa.value()) + " of rater pairs agree, because "
        + data.scale().category(top).label() + " makes up " + pct((double) counts[top] / total)
        + " of the ratings: with such skewed prevalence chance agreement is high and kappa-type coefficients"
        + " collapse (the kappa paradox), while AC1 and Bennett's S do not depend on prevalence this way.";
  }

  private static String f(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  /** {@return the level of measurement of the report} */
  public MeasurementLevel level() {
    return level;
  }

  /** {@return the number of units in the data (rated or not)} */
  public int units() {
    return units;
  }

  /** {@return the number of raters} */
  public int raters() {
    return raters;
  }

  /** {@return the number of pairable values (ratings in units with at least two ratings)} */
  public long pairableValues() {
    return pairableValues;
  }

  /** {@return every coefficient's result, applicable or not, in report order} */
  public List<CoefficientResult> results() {
    return results;
  }

  /** {@return the applicable coefficients' estimates (defined or undefined), in report order} */
  public Map<Coefficient, Estimate> estimates() {
    Map<Coefficient, Estimate> m = new LinkedHashMap<>();
    for (CoefficientResult r : results) {
      r.estimateIfApplicable().ifPresent(e -> m.put(r.coefficient(), e));
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * {@return the estimate of a coefficient, if it was computed and applies to the data}
   *
   * @param c the coefficient
   */
  public Optional<Estimate> estimate(Coefficient c) {
    return Optional.ofNullable(estimates().get(c));
  }

  /** {@return the coefficients that do not apply to the data, with reasons} */
  public List<CoefficientResult> notApplicable() {
    return results.stream().filter(r -> !r.isApplicable()).toList();
  }

  /** {@return the bootstrap of Krippendorff's alpha, when requested} */
  public Optional<AlphaBootstrap> alphaBootstrap() {
    return Optional.ofNullable(bootstrap);
  }

  /**
   * {@return one sentence explaining why kappa or alpha is much lower than Gwet's AC1 (by at least
   * {@link #PARADOX_GAP}), naming the dominant category and its share; empty when they do not diverge}
   */
  public Optional<String> prevalenceNote() {
    return Optional.ofNullable(prevalenceNote);
  }

  /**
   * {@return the name of the weights of Gwet's AC2 ({@link Weights#name()} of {@link Weights#forLevel}), present
   * at an ordered level only}
   */
  public Optional<String> ac2Weights() {
    return Optional.ofNullable(weightsName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("AgreementReport[" + units + " units, " + raters + " raters, "
        + pairableValues + " pairable values, " + level.key() + "]");
    for (CoefficientResult r : results) {
      sb.append(System.lineSeparator()).append("  ").append(r);
    }
    prevalenceNote().ifPresent(n -> sb.append(System.lineSeparator()).append("  note: ").append(n));
    return sb.toString();
  }
}
