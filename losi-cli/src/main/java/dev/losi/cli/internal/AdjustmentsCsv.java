package dev.losi.cli.internal;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads country adjustments from a CSV with the columns
 * {@code id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on}
 * and, for {@code ADD_LOCAL_INDICATOR}, {@code local_code,local_title,local_criterion,local_channel_scope}.
 * Lists ({@code accepted_channels}, {@code cities}) are separated by {@code |}; the date is ISO
 * ({@code 2024-03-01}). Every problem is reported with file, line and field.
 */
public final class AdjustmentsCsv {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("id", "country", "instrument", "kind", "indicator",
      "rationale", "decided_by", "decided_on");

  private AdjustmentsCsv() {}

  /** Reads the adjustments; throws a {@link LosiValidationException} listing every problem. */
  public static List<CountryAdjustment> read(CsvTable table) {
    ProblemCollector problems = new ProblemCollector();
    String src = table.source();
    for (String c : REQUIRED) {
      if (!table.has(c)) {
        problems.add(Problem.builder().source(src).line(1).column(c).message("is a required column and is missing").build());
      }
    }
    problems.throwIfAny();
    List<CountryAdjustment> out = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      long line = row.line();
      int before = (int) problems.count();
      CountryAdjustment.Builder b = CountryAdjustment.builder()
          .id(get(table, row, "id"))
          .country(get(table, row, "country"))
          .instrumentId(get(table, row, "instrument"))
          .rationale(get(table, row, "rationale"))
          .decidedBy(get(table, row, "decided_by"));
      String kind = get(table, row, "kind");
      try {
        b.kind(AdjustmentKind.valueOf(kind.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.builder().source(src).line(line).field("kind").value(kind)
            .message("is not one of EXCLUDE_INDICATOR, ACCEPT_CHANNEL, REWEIGHT, ADD_LOCAL_INDICATOR").build());
      }
      String date = get(table, row, "decided_on");
      try {
        b.decidedOn(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        problems.add(Problem.builder().source(src).line(line).field("decided_on").value(date)
            .message("is not an ISO date (yyyy-mm-dd)").build());
      }
      String ind = get(table, row, "indicator");
      if (!ind.isEmpty()) {
        b.indicator(ind);
      }
      for (String ch : list(get(table, row, "accepted_channels"))) {
        try {
          b.addAcceptedChannels(Channel.valueOf(ch.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.builder().source(src).line(line).field("accepted_channels").value(ch)
              .message("is not a channel; expected NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA or OTHER").build());
        }
      }
      String w = get(table, row, "weight");
      if (!w.isEmpty()) {
        if (Numbers.isDecimal(w)) {
          b.weight(Double.parseDouble(w));
        } else {
          problems.add(Problem.builder().source(src).line(line).field("weight").value(w).message("is not a number").build());
        }
      }
      b.addAllCities(list(get(table, row, "cities")));
      String localCode = get(table, row, "local_code");
      if (!localCode.isEmpty()) {
        try {
          String scope = get(table, row, "local_channel_scope");
          b.localIndicator(Indicator.builder().code(localCode).title(get(table, row, "local_title"))
              .criterion(get(table, row, "local_criterion"))
              .channelScope(scope.isEmpty() ? ChannelScope.CHANNEL_INDEPENDENT
                  : ChannelScope.valueOf(scope.toUpperCase(Locale.ROOT)))
              .build());
        } catch (LosiValidationException e) {
          e.problems().forEach(p -> problems.add(Problem.builder().from(p).source(src).line(line).build()));
        } catch (IllegalArgumentException e) {
          problems.add(Problem.builder().source(src).line(line).field("local_channel_scope")
              .value(get(table, row, "local_channel_scope"))
              .message("is not CHANNEL_INDEPENDENT or MGP_SPECIFIC").build());
        }
      }
      if (problems.count() > before) {
        continue;
      }
      try {
        out.add(b.build());
      } catch (LosiValidationException e) {
        e.problems().forEach(p -> problems.add(Problem.builder().from(p).source(src).line(line).build()));
      } catch (IllegalStateException e) {
        problems.add(Problem.builder().source(src).line(line).message(e.getMessage()).build());
      }
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }

  private static String get(CsvTable t, CsvTable.Row row, String col) {
    return t.column(col).map(i -> row.fields().get(i).strip()).orElse("");
  }

  private static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split("\\|", -1)) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }
}
