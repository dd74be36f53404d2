package dev.losi.report;

import java.util.List;
import java.util.Objects;

/**
 * How reports are written: the language of their labels, the tool version and the assessor view named
 * in the methods section. Immutable and thread-safe; start from {@link #defaults()}.
 *
 * @since 0.1.0
 */
public final class ReportOptions {

  /** The languages the reports are translated into: {@code en} (English), {@code fr} (French) and {@code es} (Spanish). */
  public static final List<String> LANGUAGES = List.of("en", "fr", "es");

  private final String language;
  private final String toolVersion;
  private final String view;

  private ReportOptions(String language, String toolVersion, String view) {
    this.language = language;
    this.toolVersion = toolVersion;
    this.view = view;
  }

  /** English, tool version {@code unknown}, view "one assessment per city". */
  public static ReportOptions defaults() {
    return new ReportOptions("en", "unknown", "");
  }

  /**
   * These options in another language.
   *
   * @param language one of {@link #LANGUAGES}
   * @throws IllegalArgumentException for any other language, naming the available ones
   */
  public ReportOptions withLanguage(String language) {
    Objects.requireNonNull(language, "language");
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("the reports have no \"" + language + "\" translation; available: "
          + String.join(", ", LANGUAGES));
    }
    return new ReportOptions(language, toolVersion, view);
  }

  /** These options with the tool version printed in the methods section, e.g. {@code losi 0.1.0}. */
  public ReportOptions withToolVersion(String toolVersion) {
    return new ReportOptions(language, Objects.requireNonNull(toolVersion, "toolVersion"), view);
  }

  /**
   * These options with the assessor view printed in the methods section, e.g. {@code assessor A} or
   * {@code consensus of the assessors (losi reconcile)}; empty (the default) prints "one assessment per
   * city".
   */
  public ReportOptions withView(String view) {
    return new ReportOptions(language, toolVersion, Objects.requireNonNull(view, "view"));
  }

  /** The language code. */
  public String language() {
    return language;
  }

  /** The tool version. */
  public String toolVersion() {
    return toolVersion;
  }

  /** The assessor view; empty for "one assessment per city". */
  public String view() {
    return view;
  }
}
