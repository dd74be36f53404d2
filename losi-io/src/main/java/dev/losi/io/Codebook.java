package dev.losi.io;

import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The {@code codebook} sheet of a results workbook: what produced the results (SDK version, instrument
 * and edition, denominator, missing-answer policy, adjustments) and the meaning of every column of every
 * sheet. Rows of two text cells, {@code item} and {@code meaning}; the same rows for the same results.
 */
final class Codebook {

  /** What {@link ResultsExport#describedBy} states about a run; empty parts are "not stated". */
  record Description(Optional<Instrument> instrument, Optional<MissingAnswerPolicy> policy,
      List<CountryAdjustment> adjustments) {

    static final Description NONE = new Description(Optional.empty(), Optional.empty(), List.of());
  }

  private static final String NOT_STATED = "not stated by the program that wrote this workbook";

  private Codebook() {}

  /** The SDK version from the build (the filtered {@code version.properties}). */
  static String sdkVersion() {
    Properties p = new Properties();
    try (InputStream in = Codebook.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * The codebook rows: header, the run, then {@code sheet.column} and its meaning for every column of the
   * results table and of the other sheets.
   */
  static List<List<Object>> rows(Description d, List<CityScore> scores, List<Object> resultsHeader) {
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of("item", "meaning"));
    out.add(List.of("tool", "LOSI SDK " + sdkVersion()));
    TreeSet<String> ids = new TreeSet<>();
    scores.forEach(s -> ids.add(s.instrumentId()));
    out.add(List.of("instrument", d.instrument().map(i -> i.id() + ": " + i.title() + ", edition " + i.editionYear()
        + ", " + i.size() + (i.size() == 1 ? " indicator" : " indicators")).orElse(String.join(", ", ids))));
    out.add(List.of("denominator", d.instrument().map(Codebook::denominator).orElse(NOT_STATED
        + "; the maximum column gives each result's denominator")));
    out.add(List.of("missing answers", d.policy().map(Codebook::policy).orElse(NOT_STATED
        + "; not_assessed_counted_absent gives each result's count")));
    if (d.adjustments().isEmpty()) {
      out.add(List.of("adjustments", d.instrument().isPresent() ? "none" : NOT_STATED));
    }
    for (CountryAdjustment a : d.adjustments()) {
      out.add(List.of("adjustment " + a.id(), a.kind().name() + " for " + a.country()
          + (a.cities().isEmpty() ? "" : " (cities " + String.join("|", a.cities()) + ")")
          + a.indicator().map(x -> ", indicator " + x).orElse("")
          + a.localIndicator().map(x -> ", local indicator " + x.code() + " " + x.title()).orElse("")
          + (a.acceptedChannels().isEmpty() ? "" : ", accepts " + String.join("|",
              a.acceptedChannels().stream().map(Enum::name).toList()))
          + (a.weight().isPresent() ? ", weight " + Numbers.format(a.weight().getAsDouble()) : "")
          + ": " + a.rationale() + " (decided by " + a.decidedBy() + " on " + a.decidedOn() + ")"));
    }
    for (Object column : resultsHeader) {
      out.add(List.of("results." + column, meaning((String) column)));
    }
    for (String[] c : OTHER_SHEETS) {
      out.add(List.of(c[0], c[1]));
    }
    return out;
  }

  private static String denominator(Instrument i) {
    return i.declaredMaximum().isPresent()
        ? "the declared maximum of " + Numbers.format(i.declaredMaximum().getAsDouble())
            + " points (LOSI = points / maximum)"
        : "the sum of the indicator weights, " + Numbers.format(i.maximumPoints())
            + " points (LOSI = points / maximum)";
  }

  private static String policy(MissingAnswerPolicy p) {
    return p == MissingAnswerPolicy.REJECT
        ? "REJECT (losi score --missing error): an assessment with an unassessed indicator was refused, so every result"
            + " answers every indicator"
        : "COUNT_AS_ABSENT (losi score --missing absent): an unassessed indicator counts as absent, 0 points (the UN rule"
            + " \"not found in reasonable time is 0\"); not_assessed_counted_absent gives how many";
  }

  private static final String[][] OTHER_SHEETS = {
      {"downgrades.city_id", "the city's id"},
      {"downgrades.assessor", "the assessor (or organisation) of the result"},
      {"downgrades.indicator", "an MGP-specific indicator (of the instrument or a local one) answered present but"
          + " found only on other channels, so it scores 0 in the standard LOSI"},
      {"downgrades.channels", "the channels the evidence names, joined with |"},
      {"downgrades.accepted_by", "the ACCEPT_CHANNEL adjustment that lets it count in the adjusted LOSI; blank"
          + " when it counts in neither"},
      {"adjustments.city_id", "the city's id"},
      {"adjustments.assessor", "the assessor (or organisation) of the result"},
      {"adjustments.adjustment", "the id of a country adjustment applied to the result"},
      {"adjustments.kind", "EXCLUDE_INDICATOR, ACCEPT_CHANNEL, REWEIGHT or ADD_LOCAL_INDICATOR"},
      {"adjustments.indicator", "the indicator it concerns (for ADD_LOCAL_INDICATOR the local indicator's code)"},
      {"adjustments.rationale", "why it was decided"},
      {"adjustments.decided_by", "who decided it"},
      {"adjustments.decided_on", "when (ISO date)"},
      {"codebook.item", "what this row describes: the run, or sheet.column"},
      {"codebook.meaning", "its value or meaning"}};

  /** The meaning of a results column, for every column {@link ResultsExport} writes. */
  static String meaning(String column) {
    String scope = "sub-index of the %s indicators (points / maximum of that group, in [0, 1]); blank when the"
        + " group has no indicators";
    for (ChannelScope sc : ChannelScope.values()) {
      String name = sc == ChannelScope.MGP_SPECIFIC ? "MGP-specific" : "channel-independent";
      if (column.equals("scope_" + sc.name())) {
        return "standard " + String.format(Locale.ROOT, scope, name);
      }
      if (column.equals("adjusted_scope_" + sc.name())) {
        return "adjusted " + String.format(Locale.ROOT, scope, name) + " or the city has no adjustment";
      }
    }
    if (column.startsWith("criterion_")) {
      return "standard sub-index of criterion " + column.substring(10) + " (points / maximum of its indicators,"
          + " in [0, 1])";
    }
    if (column.startsWith("adjusted_criterion_")) {
      return "adjusted sub-index of criterion " + column.substring(19) + "; blank when the city has no adjustment"
          + " or the criterion no indicator left";
    }
    return switch (column) {
      case "city_id" -> "the city's id";
      case "city_name" -> "the city's name";
      case "country" -> "ISO 3166-1 alpha-3 country code";
      case "population" -> "the city's population, when stated";
      case "size_class" -> "the city's size class, when stated";
      case "region" -> "the city's region, when stated";
      case "assessor" -> "the assessor (or organisation) whose assessment was scored";
      case "instrument" -> "the instrument id (edition) the assessment answers";
      case "losi" -> "the standard LOSI: points / maximum, in [0, 1]";
      case "points" -> "weighted points of the indicators present (after channel-scope downgrades)";
      case "maximum" -> "the denominator: the instrument's maximum points";
      case "level" -> "VERY_HIGH (LOSI >= 0.75), HIGH (>= 0.50), MIDDLE (>= 0.25) or LOW, decided exactly";
      case "rating_class" -> "the quartile within the level (e.g. VH, V3, V2, V1 in the very high level)";
      case "rank" -> "competition rank (ties share a rank: 1, 2, 2, 4) among the reference set";
      case "present" -> "number of indicators answered present";
      case "absent" -> "number of indicators answered absent";
      case "not_applicable" -> "number of indicators answered not applicable (0 points unless excluded)";
      case "not_assessed" -> "number of indicators not assessed";
      case "not_assessed_counted_absent" -> "of those, how many were counted as absent (--missing absent)";
      case "downgrades" -> "MGP-specific indicators found only off the portal, which score 0:"
          + " CODE:CHANNEL+CHANNEL[>ADJUSTMENT] entries joined with |";
      case "not_applicable_without_adjustment" -> "indicators answered not applicable without an EXCLUDE_INDICATOR"
          + " adjustment (they score 0), joined with |";
      case "adjusted_losi" -> "the LOSI after the country adjustments; blank when none applies to the city";
      case "adjusted_points" -> "points after the country adjustments";
      case "adjusted_maximum" -> "maximum after the country adjustments (exclusions and weights)";
      case "adjusted_level" -> "the level of the adjusted LOSI";
      case "adjustments_applied" -> "ids of the adjustments applied, joined with |";
      case "excluded" -> "indicators excluded by EXCLUDE_INDICATOR, joined with |";
      case "local_score" -> "the local sub-score of ADD_LOCAL_INDICATOR indicators (points / maximum), never part"
          + " of the standard or adjusted LOSI";
      case "local_points" -> "points of the local indicators";
      case "local_maximum" -> "maximum points of the local indicators";
      case "local_indicators" -> "codes of the local indicators, joined with |";
      case "rank_in_country" -> "competition rank among the reference set's cities of the same country";
      case "rank_in_region" -> "competition rank within the region; blank when the city states none";
      case "rank_in_size_class" -> "competition rank within the size class; blank when the city states none";
      case "reference_basis" -> "CITIES (ranked among all cities) or EACH_ASSESSOR (among each assessor's own)";
      case "reference_size" -> "the number of results ranked together";
      default -> throw new IllegalStateException("no codebook entry for column " + column);
    };
  }
}
