package dev.losi.report;

import dev.losi.core.level.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The labels of one language, from the one resource bundle {@code dev/losi/report/labels.properties}
 * (English, the base) and {@code labels_<language>.properties} (a translation; a key it lacks falls back to
 * English). Files are UTF-8. A national team translates the reports by adding one file.
 *
 * <p>Numbers are formatted with the language's decimal separator ({@code number.decimal}) and never with
 * the JVM's default locale, so a report is byte-identical on every machine.
 */
final class Labels {

  private final String language;
  private final ResourceBundle bundle;
  private final char decimal;

  private Labels(String language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
    this.decimal = bundle.getString("number.decimal").charAt(0);
  }

  /**
   * The labels of a language.
   *
   * @throws IllegalArgumentException if the bundle has no translation for it
   */
  static Labels of(String language) {
    ResourceBundle base = load("labels.properties", null);
    if (language.equals("en")) {
      return new Labels("en", base);
    }
    if (!language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("\"" + language + "\" is not a language code such as en or fr");
    }
    ResourceBundle tr = load("labels_" + language + ".properties", base);
    if (tr == null) {
      throw new IllegalArgumentException("the reports have no " + language + " translation (labels_" + language
          + ".properties); available: " + String.join(", ", ReportOptions.LANGUAGES));
    }
    return new Labels(language, tr);
  }

  private static ResourceBundle load(String file, ResourceBundle parent) {
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      if (in == null) {
        if (parent == null) {
          throw new IllegalStateException("the report labels " + file + " are missing from the jar");
        }
        return null;
      }
      PropertyResourceBundle b = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)) {
        {
          setParent(parent);
        }
      };
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The language code, for {@code <html lang>}. */
  String language() {
    return language;
  }

  /** The label with this key. */
  String get(String key) {
    return bundle.getString(key);
  }

  /** The label with this key, {@code {0}}, {@code {1}}, ... replaced by the arguments (plain text). */
  String format(String key, Object... args) {
    String s = get(key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  /** The name of a level. */
  String level(Level level) {
    return get("level." + level.name());
  }

  /** A number with this many decimals, rounded half-up from its exact decimal value. */
  String number(double value, int decimals) {
    String s = new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return decimal == '.' ? s : s.replace('.', decimal);
  }

  /** A share in [0, 1] as a whole percentage, e.g. {@code 67 %} or {@code 67%} as the language writes it. */
  String percent(double share) {
    return format("number.percent", number(100 * share, 0));
  }

  /** A share in [0, 1] as a percentage with one decimal. */
  String percent1(double share) {
    return format("number.percent", number(100 * share, 1));
  }

  /** The lower-case key of an enum constant, for bundle look-ups. */
  static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
