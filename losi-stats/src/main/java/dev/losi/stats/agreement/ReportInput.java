package dev.losi.stats.agreement;

/**
 * What an {@link AgreementReport} reads of its ratings: the size of the data, whether a rating is missing, the
 * per-unit category counts ({@link UnitCounts}, in data order), the two raters' contingency table, the
 * coincidence matrix and the category totals. Two forms: {@link Data}, reliability data read unit by unit as
 * the coefficients' own entries read them, and {@link UnitKeys}, one integer key per unit, from which the same
 * counts, tables and matrices come as the same integers; so one report code gives the same bits from either.
 */
interface ReportInput {

  /** {@return the scale of the ratings} */
  Scale scale();

  /** {@return the number of units, rated or not} */
  int units();

  /** {@return the number of raters} */
  int raters();

  /** {@return true when some unit lacks a rating from some rater} */
  boolean hasMissing();

  /**
   * {@return the per-unit category counts ({@link UnitCounts#of(ReliabilityData, boolean)})}
   *
   * @param completeOnly only the units rated by every rater
   */
  UnitCounts counts(boolean completeOnly);

  /**
   * {@return the {@code q x q} table of the units both raters rated, {@code table[first][second]}; two raters only}
   */
  long[][] pairTable();

  /**
   * {@return the coincidence matrix ({@link KrippendorffAlpha#coincidences(ReliabilityData, long[])})}
   *
   * @param pairable gets the pairable values when they are counted on the way, if not null
   */
  double[][] coincidences(long[] pairable);

  /** {@return the pairable values ({@link ReliabilityData#pairableValues()})} */
  long pairableValues();

  /** {@return the number of ratings in each category} */
  long[] categoryCounts();

  /** Reliability data as the coefficients' entries on {@link ReliabilityData} read them. */
  final class Data implements ReportInput {
    private final ReliabilityData data;

    Data(ReliabilityData data) {
      this.data = data;
    }

    @Override
    public Scale scale() {
      return data.scale();
    }

    @Override
    public int units() {
      return data.units();
    }

    @Override
    public int raters() {
      return data.raters();
    }

    @Override
    public boolean hasMissing() {
      return data.hasMissing();
    }

    @Override
    public UnitCounts counts(boolean completeOnly) {
      return UnitCounts.of(data, completeOnly);
    }

    @Override
    public long[][] pairTable() {
      int q = data.scale().size();
      long[][] table = new long[q][q];
      for (int u = 0; u < data.units(); u++) {
        int a = data.code(u, 0);
        int b = data.code(u, 1);
        if (a >= 0 && b >= 0) {
          table[a][b]++;
        }
      }
      return table;
    }

    @Override
    public double[][] coincidences(long[] pairable) {
      return KrippendorffAlpha.coincidences(data, pairable);
    }

    @Override
    public long pairableValues() {
      return data.pairableValues();
    }

    @Override
    public long[] categoryCounts() {
      long[] counts = new long[data.scale().size()];
      for (int u = 0; u < data.units(); u++) {
        for (int r = 0; r < data.raters(); r++) {
          int c = data.code(u, r);
          if (c >= 0) {
            counts[c]++;
          }
        }
      }
      return counts;
    }
  }
}
