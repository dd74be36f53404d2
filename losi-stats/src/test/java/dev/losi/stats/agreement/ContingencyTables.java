package dev.losi.stats.agreement;

/** Reliability data of two raters written as a contingency table, for the agreement tests of published examples. */
final class ContingencyTables {

  private ContingencyTables() {}

  /**
   * Cell {@code table[i][j]} becomes that many units rated category {@code i} by {@code first} and {@code j}
   * by {@code second}; the units are named {@code unitPrefix + 0, 1, ...}, cells taken row by row.
   *
   * @param scale the scale whose categories the row and column indices are
   * @param table a square table of counts {@code >= 0}
   */
  static ReliabilityData twoRaters(Scale scale, int[][] table, String unitPrefix, String first, String second) {
    ReliabilityData.Builder b = ReliabilityData.builder(scale);
    int unit = 0;
    for (int i = 0; i < table.length; i++) {
      for (int j = 0; j < table[i].length; j++) {
        for (int c = 0; c < table[i][j]; c++) {
          String u = unitPrefix + unit++;
          b.rate(u, first, i).rate(u, second, j);
        }
      }
    }
    return b.build();
  }
}
