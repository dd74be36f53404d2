package dev.losi.cli;

import dev.losi.io.LosiJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The shared files of the CLI tests: the 12-indicator test instrument ({@link SmallInstrument}) written as
 * an instrument file, and long-layout assessment rows with the full header.
 */
final class CliFixture {

  /** The header of a long assessments CSV with evidence columns. */
  static final String HEADER = "city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n";

  private CliFixture() {}

  /**
   * Writes the two-assessor file of the review tests: 12-indicator instrument, city X (A and B agree on all
   * but D05: A 0, B 1), city Y (they agree on all 12; D01 and D06 present).
   *
   * @return {@code file}
   */
  static Path twoAssessors(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("city_id,city_name,country,assessor,indicator,value\n");
    String[] x = {"1", "1", "0", "1", "0", "1", "0", "NA", "0", "1", "1", "0"};
    for (String a : java.util.List.of("A", "B")) {
      for (int i = 0; i < 12; i++) {
        String v = a.equals("B") && i == 4 ? "1" : x[i];
        sb.append("X,Xville,DEU,").append(a).append(String.format(java.util.Locale.ROOT, ",D%02d,", i + 1)).append(v)
            .append('\n');
      }
      for (int i = 0; i < 12; i++) {
        sb.append("Y,Yport,SGP,").append(a).append(String.format(java.util.Locale.ROOT, ",D%02d,", i + 1))
            .append(i == 0 || i == 5 ? "1" : "0").append('\n');
      }
    }
    java.nio.file.Files.writeString(file, sb.toString());
    return file;
  }

  /**
   * Writes assessments of the bundled LOSI-2022 PE instrument, assessor {@code consensus}: city {@code Ck}
   * ("City k", KEN) has the first {@code present[k - 1]} of its 17 indicators present, the rest absent.
   *
   * @return {@code file}
   */
  static Path peAssessments(Path file, int... present) throws IOException {
    dev.losi.core.Instrument pe = dev.losi.core.mapping.BundledMappings.losi2022ParticipationAndEngagement();
    java.util.List<dev.losi.core.Assessment> list = new java.util.ArrayList<>();
    for (int k = 1; k <= present.length; k++) {
      java.util.List<dev.losi.core.Response> rs = new java.util.ArrayList<>();
      for (int i = 0; i < pe.size(); i++) {
        rs.add(dev.losi.core.Response.of(pe.indicators().get(i).code(),
            i < present[k - 1] ? dev.losi.core.Answer.PRESENT : dev.losi.core.Answer.ABSENT));
      }
      list.add(dev.losi.core.Assessment.builder().city(dev.losi.core.City.of("C" + k, "City " + k, "KEN"))
          .instrumentId(pe.id()).assessorId("consensus").responses(rs).build());
    }
    dev.losi.io.AssessmentCsv.writer().write(list, file);
    return file;
  }

  /**
   * Writes {@code text} (UTF-8) as the file {@code name} in {@code dir}.
   *
   * @return its path
   */
  static Path write(Path dir, String name, String text) throws IOException {
    return java.nio.file.Files.writeString(dir.resolve(name), text);
  }

  /** Runs the command line in-process with {@code bytes} as standard input (restored afterwards). */
  static Cli withStdin(byte[] bytes, String... args) {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(bytes));
      return Cli.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** As {@link #withStdin(byte[], String...)} with UTF-8 text. */
  static Cli withStdin(String text, String... args) {
    return withStdin(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
  }

  /**
   * Writes the small instrument as {@code small-12.json} in {@code dir}.
   *
   * @return its path, as given to {@code --instrument}
   */
  static String instrument(Path dir) throws IOException {
    Path ins = dir.resolve("small-12.json");
    LosiJson.standard().writeInstrument(SmallInstrument.get(), ins);
    return ins.toString();
  }

  /**
   * City X's answers in the score and plan tests, {@code {code, value, channel}} for the 12 indicators:
   * present D01 (MGP), D02 (no evidence), D03 (SOCIAL_MEDIA only), D04 (SOCIAL_MEDIA), D06 (MGP), D10 and D11
   * (MGP_LINKED_SITE); absent D05, D07, D09, D12; D08 not applicable. A new array on every call.
   */
  static String[][] cityX() {
    return new String[][] {{"D01", "1", "MGP"}, {"D02", "1", ""}, {"D03", "1", "SOCIAL_MEDIA"},
        {"D04", "1", "SOCIAL_MEDIA"}, {"D05", "0", ""}, {"D06", "1", "MGP"}, {"D07", "0", ""}, {"D08", "NA", ""},
        {"D09", "0", ""}, {"D10", "1", ""}, {"D11", "1", "MGP_LINKED_SITE"}, {"D12", "0", ""}};
  }

  /**
   * A long-layout assessments text ({@link #HEADER}) beginning with city X's answers ({@link #cityX()}) as
   * {@code X,Xville,DEU} by this assessor.
   *
   * @return the text so far, to append more rows to
   */
  static StringBuilder withCityX(String assessor) {
    return rows(new StringBuilder(HEADER), "X,Xville,DEU", assessor, cityX());
  }

  /**
   * Appends one long-layout row per answer: {@code city,name,country,assessor,code,value,channel,,}.
   *
   * @param answers each {@code {code, value, channel}} (channel may be blank)
   */
  static StringBuilder rows(StringBuilder sb, String city, String assessor, String[]... answers) {
    for (String[] a : answers) {
      sb.append(city).append(',').append(assessor).append(',').append(a[0]).append(',').append(a[1]).append(',')
          .append(a[2]).append(",,\n");
    }
    return sb;
  }
}
