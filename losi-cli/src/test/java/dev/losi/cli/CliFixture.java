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
