package dev.losi.report;

import dev.losi.core.internal.Checks;
import java.util.List;

/**
 * How reports are written: the language of their labels, the tool version and the assessor view named
 * in the methods section. Immutable and thread-safe; start from {@link #defaults()}.
 *
 * @param language the language code, one of {@link #LANGUAGES}
 * @param toolVersion the tool version printed in the methods section, e.g. {@code losi 0.1.0}
 * @param view the assessor view printed in the methods section; empty for "one assessment per city"
 * @since 0.1.0
 */
public record ReportOptions(String language, String toolVersion, String view) {

  /** The languages the reports are translated into: {@code en} (English), {@code fr} (French) and {@code es} (Spanish). */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  /**
   * Checks the options.
   *
   * @param language the language code, one of {@link #LANGUAGES}
   * @param toolVersion the tool version for the methods section
   * @param view the assessor view for the methods section; empty for "one assessment per city"
   * @throws IllegalArgumentException for a language not in {@link #LANGUAGES}, naming the available ones
   */
  public ReportOptions {
    Checks.nonNull("language", language, "toolVersion", toolVersion, "view", view);
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("the reports have no \"" + language + "\" translation; available: "
          + String.join(", ", LANGUAGES));
    }
  }

  /**
   * English, tool version {@code unknown}, view "one assessment per city".
   *
   * @return the default options: {@code en}, {@code unknown}, empty view
   */
  public static ReportOptions defaults() {
    return new ReportOptions("en", "unknown", "");
  }

  /**
   * These options in another language.
   *
   * @param language one of {@link #LANGUAGES}
   * @return a copy with this language, the tool version and view unchanged
   * @throws IllegalArgumentException for any other language, naming the available ones
   */
  public ReportOptions withLanguage(String language) {
    return new ReportOptions(language, toolVersion, view);
  }

  /**
   * These options with the tool version printed in the methods section, e.g. {@code losi 0.1.0}.
   *
   * @param toolVersion the version text, printed as given; may be empty
   * @return a copy with this tool version, the language and view unchanged
   */
  public ReportOptions withToolVersion(String toolVersion) {
    return new ReportOptions(language, toolVersion, view);
  }

  /**
   * These options with the assessor view printed in the methods section, e.g. {@code assessor A} or
   * {@code consensus of the assessors (losi reconcile)}; empty (the default) prints "one assessment per
   * city".
   *
   * @param view the view text, printed as given; empty for "one assessment per city"
   * @return a copy with this view, the language and tool version unchanged
   */
  public ReportOptions withView(String view) {
    return new ReportOptions(language, toolVersion, view);
  }
}
