package dev.losi.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * The peer of {@code losi agreement --data FILE --level nominal} in the whole-process comparison: reads
 * the same {@code unit,rater,value} CSV into DKPro Agreement 2.2.1 and prints nominal Krippendorff's
 * alpha with 17 significant digits. Usage: {@code java -cp benchmarks.jar dev.losi.bench.DkproAlpha FILE}.
 *
 * @since 0.1.0
 */
public final class DkproAlpha {

  private DkproAlpha() {}

  /**
   * Reads the file and prints alpha.
   *
   * @param args the CSV file
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, Integer> raters = new HashMap<>();
    Map<String, Integer> units = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        units.putIfAbsent(f[0], units.size());
        raters.putIfAbsent(f[1], raters.size());
        rows.add(f);
      }
    }
    Object[][] items = new Object[units.size()][raters.size()];
    for (String[] f : rows) {
      items[units.get(f[0])][raters.get(f[1])] = f[2];
    }
    CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
    for (Object[] item : items) {
      study.addItemAsArray(item);
    }
    double alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement();
    System.out.println(String.format(java.util.Locale.ROOT, "%.17g", alpha));
  }
}
