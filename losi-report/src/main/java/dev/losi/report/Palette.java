package dev.losi.report;

import dev.losi.core.level.Level;
import java.util.Locale;

/**
 * The report colours. Level colours: very high blue #0072B2, high sky blue #56B4E9 and middle orange
 * #E69F00 from the Okabe–Ito colour-blind-safe set (Okabe and Ito, "Color Universal Design", 2008), and low
 * dark brown #993404 (Okabe–Ito's vermillion comes within CIELAB ΔE 18 of its orange under deuteranopia);
 * every pair stays at least ΔE 20 apart under the Machado, Oliveira and Fernandes 2009 deuteranopia
 * simulation (see the tests).
 * Every coloured mark is also labelled in text, so colour is never the only carrier of meaning. The
 * sequential heat-map scale interpolates five viridis anchors (van der Walt and Smith, matplotlib 2.0),
 * which is monotonic in lightness.
 */
final class Palette {

  private Palette() {}

  private static final int[] VIRIDIS = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

  /** The colour of a level, as {@code #rrggbb}. */
  static String level(Level level) {
    return switch (level) {
      case VERY_HIGH -> "#0072B2";
      case HIGH -> "#56B4E9";
      case MIDDLE -> "#E69F00";
      case LOW -> "#993404";
    };
  }

  /** The sequential colour of a value in [0, 1] (0 dark purple, 1 yellow), as {@code #rrggbb}. */
  static String sequential(double value) {
    double v = Math.max(0, Math.min(1, value)) * (VIRIDIS.length - 1);
    int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(v));
    double t = v - i;
    int a = VIRIDIS[i];
    int b = VIRIDIS[i + 1];
    int r = mix(a >> 16, b >> 16, t);
    int g = mix(a >> 8, b >> 8, t);
    int bl = mix(a, b, t);
    return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, bl);
  }

  /** Black or white, whichever reads better on the sequential colour of this value. */
  static String textOn(double value) {
    return value < 0.55 ? "#FFFFFF" : "#000000";
  }

  private static int mix(int a, int b, double t) {
    return (int) Math.round((a & 0xFF) + t * ((b & 0xFF) - (a & 0xFF)));
  }
}
