package dev.losi.stats.correlation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The data sets of reference.js (test resource), rebuilt from the same integer formulas. */
final class ReferenceData {

  private ReferenceData() {}

  static Map<String, double[][]> all() {
    Map<String, double[][]> d = new LinkedHashMap<>();
    // Hollander and Wolfe (1973), p. 187: the example data of R's cor.test help page.
    d.put("hollander_wolfe", new double[][] {
        {44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1},
        {2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8}});
    d.put("n3", new double[][] {{1, 2, 3}, {1, 3, 2}});
    d.put("ties_200", ties(200));
    d.put("ties_10000", ties(10000));
    d.put("continuous_10000", continuous(10000));
    d.put("noties_30", perm(30, 7, 31));
    d.put("noties_50", perm(50, 17, 53));
    d.put("noties_12", new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, {2, 1, 4, 3, 6, 5, 8, 7, 12, 11, 10, 9}});
    return d;
  }

  /** LOSI-like values: multiples of 1/95 (x, 60 distinct values) and 1/96 (y): heavy ties. */
  static double[][] ties(int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      long u = (i * 7919L) % 1009;
      x[i] = (u % 60 + 20) / 95.0;
      y[i] = ((u % 60) + (i * 31L) % 37) / 96.0;
    }
    return new double[][] {x, y};
  }

  static double[][] continuous(int n) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      long a = (i * 7919L) % 10007;
      x[i] = a / 10007.0;
      y[i] = a / 10007.0 + ((i * 104729L) % 10009) / 10009.0;
    }
    return new double[][] {x, y};
  }

  static double[][] perm(int n, int m, int p) {
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = (i * (long) m) % p;
    }
    return new double[][] {x, y};
  }
}
