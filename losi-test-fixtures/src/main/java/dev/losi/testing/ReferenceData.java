package dev.losi.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public reference data the tests check against: copies of files of UN DESA's E-Government Survey and
 * Knowledge Base, each with its source in {@code dev/losi/testing/data/SOURCES.md} beside it. Test scope only.
 *
 * <p>{@link #path(String)} gives a real file (extracted once to a temporary file when this module is a jar),
 * because some tests hand the file to a reader or the command line.
 *
 * @since 0.1.0
 */
public final class ReferenceData {

  /** UN E-Government Survey 2024: EGDI, EPI, OSI, HCI, TII of the 193 countries. */
  public static final String EGDI_2024 = "egdi_2024_countries.csv";
  /** UN E-Government Survey 2010 to 2018 country data (UNU-EGOV datasets), long format. */
  public static final String EGDI_2010_2018 = "egdi_2010_2018_countries.csv";
  /** LOSI 2024 of 13 cities (Technical Appendix 2024, Table 12). */
  public static final String LOSI_2024_CITIES = "losi_2024_cities_partial.csv";
  /** The 95 LOSI 2024 questionnaire codes of the Local E-Government Toolkit. */
  public static final String LOSI_2024_TOOLKIT = "losi_2024_indicators_toolkit.csv";
  /** LOSI level distributions 2020/2022 (E-Government Survey 2022, Chapter 3). */
  public static final String LOSI_LEVEL_DISTRIBUTION = "losi_level_distribution.csv";
  /** Uptake of the 17 LOSI 2022 participation indicators (E-Government Survey 2022, Figure 3.10). */
  public static final String LOSI_2022_PE_UPTAKE = "losi_2022_participation_indicator_uptake.csv";

  private static final String FOLDER = "data/";
  private static final Map<String, Path> EXTRACTED = new ConcurrentHashMap<>();

  private ReferenceData() {}

  /**
   * A readable file holding the named data file.
   *
   * @param name a file name of {@code dev/losi/testing/data}, such as {@link #EGDI_2024}
   * @return the file (inside the module's classes folder, or a temporary copy when read from a jar)
   * @throws IllegalArgumentException when there is no such data file
   */
  public static Path path(String name) {
    URL url = url(name);
    if ("file".equals(url.getProtocol())) {
      try {
        return Path.of(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(url.toString(), e);
      }
    }
    return EXTRACTED.computeIfAbsent(name, ReferenceData::extract);
  }

  /**
   * The lines of a data file, read as UTF-8.
   *
   * @param name a file name of {@code dev/losi/testing/data}
   * @return its lines, without line ends
   */
  public static List<String> lines(String name) {
    try {
      return Files.readAllLines(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a data file, read as UTF-8.
   *
   * @param name a file name of {@code dev/losi/testing/data}
   * @return its content
   */
  public static String text(String name) {
    try {
      return Files.readString(path(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(String name) {
    URL url = ReferenceData.class.getResource(FOLDER + name);
    if (url == null) {
      throw new IllegalArgumentException("no reference data file dev/losi/testing/data/" + name);
    }
    return url;
  }

  private static Path extract(String name) {
    try (InputStream in = url(name).openStream()) {
      Path dir = Files.createTempDirectory("losi-reference-data");
      // deleted at exit in the reverse order of these calls: the file, then its directory (the other order left
      // every directory behind, as a directory that is not empty is not deleted)
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
