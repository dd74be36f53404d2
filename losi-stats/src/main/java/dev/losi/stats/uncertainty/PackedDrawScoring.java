package dev.losi.stats.uncertainty;

/**
 * Scores every city under a draw, allocation-free. The indicators no draw can change are scored once, per
 * criterion, by losi-core's {@code CompiledInstrument} ({@link FixedPoints}); a draw adds the city's few
 * variable indicators (disputed ones and reconstructed calls) and applies the criterion multipliers and the
 * denominator. For city c under a draw:
 * <pre>
 *   points = sum_i  w'_i * k_i        maximum = n_c * (sum_i w'_i + (D - W))        LOSI = points / maximum
 * </pre>
 * with {@code n_c} the city's assessors, {@code k_i} the number of them for whom indicator i counts (or
 * {@code n_c} times the chosen assessor's 0/1 when the item is disputed and drawn), {@code w'_i} the
 * indicator's weight (adjusted weight, 0 when excluded, when adjustments apply) times its criterion's
 * multiplier {@code omega_c * W / W_c}, {@code D} the denominator and {@code W} the instrument's sum of
 * weights. With one assessor and no source varied this is the standard (or adjusted) LOSI of
 * {@code Scorer}; with several it is the mean of their scores, computed with one division so level
 * boundaries are decided exactly for whole weights. When criterion weights are varied the multipliers are
 * inexact in binary, so the score is rounded to a multiple of 2^-40 (about 1e-12): fractions that are equal
 * tie, and one on a level boundary is decided as on it.
 */
final class PackedDrawScoring implements DrawScoring {

  private final CompiledStudy s;
  private final boolean[] mgp;
  private final int[] criterion;
  private final double[] multiplier;
  private final double[] criterionWeight;
  private final int[] override;

  PackedDrawScoring(CompiledStudy study) {
    this.s = study;
    this.mgp = new boolean[study.size];
    this.criterion = new int[study.size];
    this.multiplier = new double[study.criteria];
    this.criterionWeight = new double[study.criteria];
    this.override = new int[study.size];
    java.util.Arrays.fill(override, -1);
  }

  @Override
  public void score(Draw d, double[] scores) {
    System.arraycopy(s.mgp, 0, mgp, 0, s.size);
    System.arraycopy(s.criterion, 0, criterion, 0, s.size);
    for (int k = 0; k < d.flipped.length; k++) {
      if (d.flipped[k]) {
        int i = s.callIndicator[k];
        if (s.callIsScope[k]) {
          mgp[i] = !s.mgp[i];
        } else {
          criterion[i] = s.callCriterion[k];
        }
      }
    }
    boolean weighted = d.shares != null;
    if (weighted) {
      java.util.Arrays.fill(criterionWeight, 0);
      for (int i = 0; i < s.size; i++) {
        criterionWeight[criterion[i]] += s.weight[i];
      }
      for (int c = 0; c < s.criteria; c++) {
        multiplier[c] = criterionWeight[c] > 0 ? d.shares[c] * s.totalWeight / criterionWeight[c] : 0;
      }
    }
    double surplus = (Double.isNaN(d.denominator) ? s.instrumentMaximum : d.denominator) - s.totalWeight;
    FixedPoints f = s.fixed;
    for (int c = 0; c < s.cityCount; c++) {
      int n = s.assessors[c];
      int[] items = s.itemsOfCity[c];
      boolean adj = d.adjustments && s.adjustedWeight[c] != null;
      for (int item : items) {
        int a = d.choice[item];
        if (a >= 0) {
          int i = s.itemIndicator[item];
          override[i] = CompiledStudy.counts(s.itemCodes[item][a], mgp[i], d.adjustments, s.acceptMask[c][i]) ? n : 0;
        }
      }
      // The fixed indicators, per criterion slot (their criterion is never flipped: calls are variable).
      double[] fixedPoints = adj ? f.adjusted[c] : f.standard[c];
      double[] fixedMaximum = adj ? f.adjustedMaximum[c] : f.standardMaximum[c];
      double points = 0;
      double max = 0;
      for (int k = 0; k < s.criteria; k++) {
        double m = weighted ? multiplier[k] : 1;
        points += m * fixedPoints[k];
        max += m * fixedMaximum[k];
      }
      // The variable ones: disputed in this city, or a reconstructed call.
      double[] w = adj ? s.adjustedWeight[c] : s.weight;
      boolean[] ex = adj ? s.excluded[c] : null;
      int[] independent = s.countIfIndependent[c];
      int[] asMgp = d.adjustments ? s.countIfMgpAccepted[c] : s.countIfMgp[c];
      for (int i : f.variable[c]) {
        if (ex != null && ex[i]) {
          continue;
        }
        double wi = weighted ? w[i] * multiplier[criterion[i]] : w[i];
        int k = override[i] >= 0 ? override[i] : (mgp[i] ? asMgp[i] : independent[i]);
        points += wi * k;
        max += wi;
      }
      for (int item : items) {
        override[s.itemIndicator[item]] = -1;
      }
      double score = points / (n * (max + surplus));
      if (weighted) {
        // Criterion multipliers are inexact in binary: snap to a 2^-40 grid so that equal fractions tie and
        // a fraction on a level boundary (0.25, 0.5, 0.75 are on the grid) is decided as on it.
        score = Math.rint(score * 0x1p40) * 0x1p-40;
      }
      scores[c] = score > 1 ? 1 : score;
    }
  }
}
