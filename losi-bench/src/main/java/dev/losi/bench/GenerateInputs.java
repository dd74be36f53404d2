package dev.losi.bench;

import dev.losi.core.ChannelScope;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.io.Instruments;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the inputs of the performance comparison (docs/performance.md), the same bytes for the same
 * arguments:
 * <ul>
 *   <li>{@code assessments-N.csv}: a long assessments CSV of LOSI-2024 for N cities, two assessors each
 *       (N × 2 × 95 rows), with about 3% disagreement and some MGP-specific answers found only on social
 *       media;</li>
 *   <li>{@code ratings.csv}: reliability data {@code unit,rater,value}, 100,000 units × 5 raters, four
 *       nominal categories, 10% of the ratings missing (rows left out);</li>
 *   <li>{@code pairs.csv}: 1,000,000 pairs {@code x,y} with a correlation of about 0.5 and ties.</li>
 * </ul>
 * Usage: {@code java -cp benchmarks.jar dev.losi.bench.GenerateInputs DIR [CITIES ...]} (default cities:
 * 5300, the 1M-row file).
 *
 * @since 0.1.0
 */
public final class GenerateInputs {

  private static final String[] COUNTRIES = {"BRA", "JOR", "TUN", "IND", "MOZ", "DEU", "KEN", "PHL", "COL", "NPL"};

  private GenerateInputs() {}

  /**
   * Writes the files.
   *
   * @param args the directory, then any number of city counts
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GenerateInputs DIR [CITIES ...]");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Instrument losi = Instruments.load("LOSI-2024");
    if (args.length == 1) {
      assessments(losi, 5300, dir.resolve("assessments-5300.csv"));
    }
    for (int i = 1; i < args.length; i++) {
      int n = Integer.parseInt(args[i]);
      assessments(losi, n, dir.resolve("assessments-" + n + ".csv"));
    }
    ratings(100_000, 5, dir.resolve("ratings.csv"));
    pairs(1_000_000, dir.resolve("pairs.csv"));
  }

  /** A long assessments CSV: cities × 2 assessors × every indicator. */
  static void assessments(Instrument instrument, int cities, Path file) throws IOException {
    SplittableRandom rnd = new SplittableRandom(20241);
    List<Indicator> inds = instrument.indicators();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n");
      boolean[] a = new boolean[inds.size()];
      for (int c = 1; c <= cities; c++) {
        String id = String.format(Locale.ROOT, "C%06d", c);
        String country = COUNTRIES[c % COUNTRIES.length];
        double p = 0.15 + 0.7 * rnd.nextDouble();
        for (int i = 0; i < a.length; i++) {
          a[i] = rnd.nextDouble() < p;
        }
        for (String assessor : new String[] {"A", "B"}) {
          for (int i = 0; i < a.length; i++) {
            boolean present = assessor.equals("B") && rnd.nextDouble() < 0.03 ? !a[i] : a[i];
            String channel = "";
            if (present && inds.get(i).channelScope() == ChannelScope.MGP_SPECIFIC) {
              channel = rnd.nextDouble() < 0.05 ? "SOCIAL_MEDIA" : "MGP";
            }
            w.write(id);
            w.write(",City ");
            w.write(Integer.toString(c));
            w.write(',');
            w.write(country);
            w.write(',');
            w.write(assessor);
            w.write(',');
            w.write(inds.get(i).code());
            w.write(present ? ",1," : ",0,");
            w.write(channel);
            w.write(",,\n");
          }
        }
      }
    }
  }

  /** Reliability data: units × raters, four nominal categories, 10% missing. */
  static void ratings(int units, int raters, Path file) throws IOException {
    SplittableRandom rnd = new SplittableRandom(7);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("unit,rater,value\n");
      for (int u = 1; u <= units; u++) {
        int truth = rnd.nextInt(4);
        for (int r = 1; r <= raters; r++) {
          if (rnd.nextDouble() < 0.10) {
            continue;
          }
          int v = rnd.nextDouble() < 0.7 ? truth : rnd.nextInt(4);
          w.write("u" + u + ",r" + r + "," + v + "\n");
        }
      }
    }
  }

  /** Paired data with ties: x on a grid of 1/1000, y = x / 2 + noise on a grid of 1/100. */
  static void pairs(int n, Path file) throws IOException {
    SplittableRandom rnd = new SplittableRandom(11);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,x,y\n");
      for (int i = 1; i <= n; i++) {
        double x = Math.floor(rnd.nextDouble() * 1000) / 1000;
        double y = Math.round((x / 2 + rnd.nextGaussian() * 0.25) * 100) / 100.0;
        w.write(i + "," + x + "," + y + "\n");
      }
    }
  }
}
