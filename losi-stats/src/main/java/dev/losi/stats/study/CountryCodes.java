package dev.losi.stats.study;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ISO 3166-1 alpha-3 codes of the 193 UN member states and the two UN observer states (Holy See,
 * State of Palestine), with their names as the UN E-Government Survey writes them ("Republic of
 * Korea", "United Republic of Tanzania", "Türkiye", "Côte d'Ivoire", ...), earlier Survey names
 * ("Turkey", "The former Yugoslav Republic of Macedonia", "Swaziland") and common short forms
 * ("South Korea", "Tanzania", "Vietnam", "United Kingdom").
 *
 * <p>Name lookup tolerates case, accents (é = e), apostrophe variants (’ = '), repeated blanks and a
 * leading "the", and nothing else: there is no fuzzy matching, so a misspelt name is not found rather
 * than guessed. The table is the resource {@code un-member-states.tsv} in this package.
 *
 * <p>Thread-safe; the table is loaded once.
 *
 * @since 0.1.0
 */
public final class CountryCodes {

  private static final String RESOURCE = "un-member-states.tsv";

  private static final class Table {
    static final Map<String, String> NAME_BY_CODE;
    static final Map<String, String> CODE_BY_KEY;
    static final Set<String> MEMBERS;

    static {
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, String> keys = new HashMap<>();
      Set<String> members = new TreeSet<>();
      try (InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          String code = f[0];
          names.put(code, f[2]);
          if (f[1].equals("member")) {
            members.add(code);
          }
          put(keys, f[2], code);
          put(keys, code, code);
          if (f.length > 3 && !f[3].isEmpty()) {
            for (String alias : f[3].split(";")) {
              put(keys, alias, code);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      NAME_BY_CODE = Collections.unmodifiableMap(names);
      CODE_BY_KEY = Collections.unmodifiableMap(keys);
      MEMBERS = Collections.unmodifiableSet(members);
    }

    private static void put(Map<String, String> keys, String name, String code) {
      String key = normalize(name);
      String previous = keys.put(key, code);
      if (previous != null && !previous.equals(code)) {
        throw new IllegalStateException("country name \"" + name + "\" maps to both " + previous + " and " + code);
      }
    }
  }

  private CountryCodes() {}

  /**
   * The ISO 3166-1 alpha-3 code of a country name or code in the table.
   *
   * @param nameOrCode a name ("Republic of Korea", "south korea", "Cote d'Ivoire") or a code ("KOR", "kor")
   * @return the upper-case code, or empty when the text is not in the table
   */
  public static Optional<String> iso3(String nameOrCode) {
    return Optional.ofNullable(Table.CODE_BY_KEY.get(normalize(nameOrCode)));
  }

  /**
   * {@return the name as written in the UN E-Government Survey 2024 for a code in the table, for example {@code KOR} to "Republic of Korea"}
   *
   * @param iso3 an ISO 3166-1 alpha-3 code, for example {@code KOR}
   */
  public static Optional<String> unName(String iso3) {
    return Optional.ofNullable(Table.NAME_BY_CODE.get(iso3.strip().toUpperCase(Locale.ROOT)));
  }

  /** {@return the codes of the 193 UN member states, sorted} */
  public static Set<String> memberStates() {
    return Table.MEMBERS;
  }

  /** {@return every code in the table (member and observer states), in table order} */
  public static List<String> allCodes() {
    return List.copyOf(Table.NAME_BY_CODE.keySet());
  }

  /**
   * The lookup key of a name: accents removed (Unicode NFD without combining marks), lower case,
   * typographic apostrophes as ', blanks collapsed, a leading "the " dropped.
   */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00b4', '\'');
    s = s.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }
}
