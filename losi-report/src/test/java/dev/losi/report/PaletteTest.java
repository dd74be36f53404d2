package dev.losi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.level.Level;
import org.junit.jupiter.api.Test;

/**
 * The level colours stay tellable apart for readers with deuteranopia: each colour is passed through the
 * deuteranopia simulation of Machado, Oliveira and Fernandes, "A physiologically-based model for
 * simulation of color vision deficiency", IEEE TVCG 15(6), 2009 (severity 1.0 matrix, applied to linear
 * RGB), and every pair must differ by at least {@link #MIN_DELTA_E} in CIELAB (CIE76 ΔE; about 2.3 is a
 * just-noticeable difference, so 20 is clearly distinct).
 */
class PaletteTest {

  static final double MIN_DELTA_E = 20;

  /** Machado et al. 2009, Table "deuteranomaly", severity 1.0. */
  private static final double[][] DEUTERANOPIA = {
      {0.367322, 0.860646, -0.227968},
      {0.280085, 0.672501, 0.047413},
      {-0.011820, 0.042940, 0.968881}};

  @Test
  void levelColoursAreDistinctUnderDeuteranopiaAndNormalVision() {
    Level[] levels = Level.values();
    for (int i = 0; i < levels.length; i++) {
      for (int j = i + 1; j < levels.length; j++) {
        double[] a = rgb(Palette.level(levels[i]));
        double[] b = rgb(Palette.level(levels[j]));
        double normal = deltaE(lab(a), lab(b));
        double deut = deltaE(lab(simulate(a)), lab(simulate(b)));
        assertTrue(normal >= MIN_DELTA_E, levels[i] + " vs " + levels[j] + ": " + normal);
        assertTrue(deut >= MIN_DELTA_E, levels[i] + " vs " + levels[j] + " under deuteranopia: " + deut);
      }
    }
  }

  @Test
  void theSimulationMakesRedAndGreenAlike() {
    // the check can fail: pure red and green, far apart for normal vision, come close under deuteranopia
    double normal = deltaE(lab(rgb("#D62728")), lab(rgb("#2CA02C")));
    double deut = deltaE(lab(simulate(rgb("#D62728"))), lab(simulate(rgb("#2CA02C"))));
    assertTrue(normal > 60, "normal " + normal);
    assertTrue(deut < MIN_DELTA_E, "deuteranopia " + deut);
  }

  @Test
  void sequentialScaleEndsAtTheViridisAnchorsAndGetsLighter() {
    assertEquals("#440154", Palette.sequential(0));
    assertEquals("#21918C", Palette.sequential(0.5));
    assertEquals("#FDE725", Palette.sequential(1));
    double prev = -1;
    for (int k = 0; k <= 20; k++) {
      double l = lab(rgb(Palette.sequential(k / 20.0)))[0];
      assertTrue(l > prev, "lightness rises at " + k);
      prev = l;
    }
  }

  static double[] rgb(String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    return new double[] {((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0};
  }

  /** sRGB (0..1) -> simulated sRGB, through linear RGB. */
  static double[] simulate(double[] srgb) {
    double[] lin = new double[3];
    for (int i = 0; i < 3; i++) {
      lin[i] = toLinear(srgb[i]);
    }
    double[] out = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = DEUTERANOPIA[i][0] * lin[0] + DEUTERANOPIA[i][1] * lin[1] + DEUTERANOPIA[i][2] * lin[2];
      v = Math.max(0, Math.min(1, v));
      out[i] = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }
    return out;
  }

  private static double toLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** sRGB (0..1) -> CIELAB, D65 white (IEC 61966-2-1 matrix). */
  static double[] lab(double[] srgb) {
    double r = toLinear(srgb[0]);
    double g = toLinear(srgb[1]);
    double b = toLinear(srgb[2]);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  static double deltaE(double[] a, double[] b) {
    return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
  }
}
