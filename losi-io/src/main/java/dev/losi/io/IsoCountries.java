package dev.losi.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The check of a country code against ISO 3166-1 alpha-3: the 249 officially assigned codes (the resource
 * {@code iso-3166-1-alpha-3.txt}, generated from Debian's iso-codes by {@code losi-io/src/build/iso-3166-1-alpha-3.sh}),
 * and the user-assigned ranges AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ, which ISO 3166-1 leaves for private
 * use (test data, regions, synthetic samples) and which readers accept only when asked to.
 *
 * <p>Every reader of a file that carries a country (assessments, adjustments, the OSI-LOSI study's city
 * scores and national OSI values) applies {@link #problem(String, boolean)} with the same words. Static and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class IsoCountries {

  /** The remedy phrase for a user-assigned code; the CLI words it as its option. */
  public static final String ALLOW_REMEDY = "accept user-assigned codes with the allowUserAssignedCountries read option";

  private static final Set<String> ASSIGNED = load();

  private IsoCountries() {}

  private static Set<String> load() {
    Set<String> codes = new HashSet<>(512);
    try (InputStream in = IsoCountries.class.getResourceAsStream("iso-3166-1-alpha-3.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          codes.addAll(java.util.List.of(line.strip().split(" ")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(codes);
  }

  /**
   * True for an officially assigned ISO 3166-1 alpha-3 code (upper case, for example {@code BRA}).
   *
   * @param code a three-letter code
   * @return whether ISO 3166-1 assigns it to a country or territory
   */
  public static boolean assigned(String code) {
    return ASSIGNED.contains(code);
  }

  /**
   * True for a code of the user-assigned ranges AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ (upper case).
   *
   * @param code a three-letter code
   * @return whether it is in a user-assigned range
   */
  public static boolean userAssigned(String code) {
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    char a = code.charAt(0);
    char b = code.charAt(1);
    return (a == 'A' && b == 'A') || (a == 'Q' && b >= 'M') || a == 'X' || (a == 'Z' && b == 'Z');
  }

  /**
   * Why {@code code} is not accepted as a country, or empty when it is: an assigned code, or a user-assigned
   * one when {@code allowUserAssigned}. A code that is not three upper-case letters is left to the reader's
   * own rules (empty here), so a country name (the study's {@code Denmark}) passes and a badly shaped code is
   * reported once.
   *
   * @param code the code as written, not stripped or case-folded
   * @param allowUserAssigned whether the user-assigned ranges are accepted
   * @return the message, to follow the quoted code (for example
   *     {@code "is not an ISO 3166-1 alpha-3 country code (for example BRA, TUN, KOR)"})
   */
  public static Optional<String> refusal(String code, boolean allowUserAssigned) {
    return Optional.ofNullable(problem(code, allowUserAssigned));
  }

  /** {@link #refusal} as null when accepted, for the readers of this package. */
  static String problem(String code, boolean allowUserAssigned) {
    if (assigned(code) || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return null;
    }
    if (userAssigned(code)) {
      return allowUserAssigned ? null : "is a user-assigned code of ISO 3166-1 (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ),"
          + " not a country: use the country's ISO 3166-1 alpha-3 code, or " + ALLOW_REMEDY;
    }
    return "is not an ISO 3166-1 alpha-3 country code (for example BRA, TUN, KOR)";
  }
}
