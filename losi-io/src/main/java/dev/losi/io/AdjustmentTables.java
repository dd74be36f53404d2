package dev.losi.io;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.LosiValidationException;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.Relocation;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Country adjustments as a table (CSV, or the {@value #SHEET} sheet of an XLSX workbook), for the
 * officials who record their decisions in spreadsheets. One row per adjustment; columns
 * {@code id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on}
 * and, for {@code ADD_LOCAL_INDICATOR}, {@code local_code,local_title,local_description,local_criterion,
 * local_channel_scope,local_weight}. Channels and cities are joined with {@code |}. See
 * {@code docs/formats.md}. All methods are static and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdjustmentTables {

  /** The sheet of an adjustments workbook. */
  public static final String SHEET = "adjustments";

  static final List<String> COLUMNS = List.of("id", "country", "instrument", "kind", "indicator", "accepted_channels",
      "weight", "cities", "rationale", "decided_by", "decided_on", "local_code", "local_title", "local_description",
      "local_criterion", "local_channel_scope", "local_weight");
  static final List<String> REQUIRED = List.of("id", "country", "instrument", "kind", "rationale", "decided_by",
      "decided_on");

  private AdjustmentTables() {}

  /**
   * Reads an adjustments CSV file (delimiter detected). The country of every row must be an ISO 3166-1
   * alpha-3 code ({@link IsoCountries}); use {@link Adjustments#read(Path, boolean)} to accept user-assigned
   * codes.
   *
   * @param file the file to read; problems name it
   * @return the adjustments read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<CountryAdjustment> readCsv(Path file) throws IOException {
    return readCsv(file, false);
  }

  static List<CountryAdjustment> readCsv(Path file, boolean userAssigned) throws IOException {
    return TextStreams.readFile(file, (in, source) -> readCsv(in, source, CsvFormat.standard(), userAssigned));
  }

  /**
   * Reads adjustments CSV text.
   *
   * @param csv the CSV text
   * @param source names the input in problems, for example its file name
   * @return the adjustments read, in input order
   */
  public static List<CountryAdjustment> readCsv(String csv, String source) {
    return TextStreams.read(csv, source, (in, s) -> readCsv(in, s, CsvFormat.standard()));
  }

  /**
   * Reads adjustments CSV from UTF-8 bytes; {@code source} names them in problems. Not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the adjustments read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<CountryAdjustment> readCsv(InputStream in, String source, CsvFormat format) throws IOException {
    return readCsv(in, source, format, false);
  }

  /** {@link #readCsv(InputStream, String, CsvFormat)}, accepting user-assigned country codes when asked to. */
  static List<CountryAdjustment> readCsv(InputStream in, String source, CsvFormat format, boolean userAssigned)
      throws IOException {
    return Tables.readCsv(in, source, format, (t, p) -> read(t, p, userAssigned));
  }

  /**
   * Reads the {@value #SHEET} sheet of a workbook, after checking {@link XlsxLimits#DEFAULT}. The country of
   * every row must be an ISO 3166-1 alpha-3 code ({@link IsoCountries}); use
   * {@link Adjustments#read(Path, boolean)} to accept user-assigned codes.
   *
   * @param file the file to read; problems name it
   * @return the adjustments read, in input order
   * @throws IOException when the input cannot be read
   */
  public static List<CountryAdjustment> readXlsx(Path file) throws IOException {
    return readXlsx(file, false);
  }

  static List<CountryAdjustment> readXlsx(Path file, boolean userAssigned) throws IOException {
    return Tables.readSheet(() -> XlsxTable.open(file, XlsxLimits.DEFAULT), SHEET, ProblemCollector.DEFAULT_CAP,
        (t, p) -> read(t, p, userAssigned));
  }

  /**
   * The adjustments as CSV text.
   *
   * @param adjustments the adjustments to write
   * @param format the CSV format (delimiter, line separator, encoding, limits, problem cap)
   * @return the CSV text
   */
  public static String toCsv(Collection<CountryAdjustment> adjustments, CsvFormat format) {
    return Tables.toCsv(rows(adjustments), format);
  }

  /**
   * Writes adjustments CSV to a file atomically.
   *
   * @param adjustments the adjustments to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeCsv(Collection<CountryAdjustment> adjustments, Path file) throws IOException {
    List<List<Object>> rows = rows(adjustments);
    Tables.writeCsv(rows, file);
  }

  /**
   * Writes an adjustments workbook with one sheet, {@value #SHEET}, atomically.
   *
   * @param adjustments the adjustments to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Collection<CountryAdjustment> adjustments, Path file) throws IOException {
    List<List<Object>> rows = rows(adjustments);
    Tables.writeXlsx(rows, SHEET, file);
  }

  static List<List<Object>> rows(Collection<CountryAdjustment> adjustments) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(COLUMNS));
    for (CountryAdjustment a : adjustments) {
      List<Object> r = new ArrayList<>();
      r.add(a.id());
      r.add(a.country());
      r.add(a.instrumentId());
      r.add(a.kind().name());
      r.add(a.indicator().orElse(""));
      List<String> channels = new ArrayList<>();
      a.acceptedChannels().forEach(c -> channels.add(c.name()));
      r.add(String.join("|", channels));
      r.add(a.weight().isPresent() ? (Object) (Double) a.weight().getAsDouble() : "");
      for (String city : a.cities()) {
        if (city.contains("|")) {
          throw new IllegalArgumentException("adjustment " + a.id() + ": city id \"" + city
              + "\" contains |, which separates cities in a table (use JSON)");
        }
      }
      r.add(String.join("|", a.cities()));
      r.add(a.rationale());
      r.add(a.decidedBy());
      r.add(a.decidedOn().toString());
      if (a.localIndicator().isPresent()) {
        Indicator i = a.localIndicator().get();
        if (!i.tags().isEmpty() || !i.provenance().isEmpty()) {
          throw new IllegalArgumentException("adjustment " + a.id() + ": the local indicator's tags and provenance"
              + " do not fit a table (use JSON)");
        }
        r.addAll(List.of(i.code(), i.title(), i.description(), i.criterion(), i.channelScope().name(), (Double) i.weight()));
      } else {
        r.addAll(List.of("", "", "", "", "", ""));
      }
      rows.add(r);
    }
    return rows;
  }

  static List<CountryAdjustment> read(Table t, ProblemCollector problems, boolean userAssigned)
      throws IOException, Table.Fatal {
    Tables.Header h = Tables.header(t, COLUMNS, REQUIRED, "an adjustments table", problems);
    if (h == null) {
      return null;
    }
    List<String> header = h.row();
    Map<String, Integer> cols = h.columns();
    List<CountryAdjustment> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> row;
    while ((row = Tables.nextRow(t, header.size(), problems)) != null) {
      CountryAdjustment a = adjustment(t, cols, row, problems, userAssigned);
      if (a != null) {
        if (!ids.add(a.id())) {
          problems.add(t.at(cols.get("id")).field("id").value(a.id()).message("is used by more than one adjustment").build());
        }
        out.add(a);
      }
    }
    return List.copyOf(out);
  }

  private static CountryAdjustment adjustment(Table t, Map<String, Integer> cols, List<String> row,
      ProblemCollector problems, boolean userAssigned) {
    RowCells cells = new RowCells(t, cols, row, problems, null);
    String country = cells.text("country");
    String notIso = IsoCountries.problem(country, userAssigned);
    if (notIso != null) {
      cells.problem("country", country, notIso);
    }
    AdjustmentKind kind = cells.constant("kind", AdjustmentKind.values());
    LocalDate decidedOn = null;
    String dateText = cells.text("decided_on");
    try {
      decidedOn = LocalDate.parse(dateText);
    } catch (DateTimeParseException e) {
      cells.problem("decided_on", dateText, "is not an ISO-8601 date (YYYY-MM-DD)");
    }
    Set<Channel> channels = new LinkedHashSet<>();
    String channelText = cells.text("accepted_channels");
    if (!channelText.isEmpty()) {
      for (String c : channelText.split("\\|", -1)) {
        Channel ch = Cells.named(Channel.values(), c);
        if (ch == null || !channels.add(ch)) {
          cells.problem("accepted_channels", channelText, ch == null ? "names \"" + c + "\", which is not one of "
              + Arrays.toString(Channel.values()) + " (several are joined with |)" : "names " + ch + " more than once");
        }
      }
    }
    Double weight = cells.number("weight", null, "");
    List<String> cities = new ArrayList<>();
    String cityText = cells.text("cities");
    if (!cityText.isEmpty()) {
      for (String c : cityText.split("\\|", -1)) {
        if (c.isEmpty() || cities.contains(c)) {
          cells.problem("cities", cityText,
              c.isEmpty() ? "has an empty city id (ids are joined with |)" : "names " + c + " more than once");
        }
        cities.add(c);
      }
    }
    boolean ok = cells.ok();
    Indicator local = null;
    String localCode = cells.text("local_code");
    if (!localCode.isEmpty()) {
      RowCells localCells = new RowCells(t, cols, row, problems, localCode);
      ChannelScope scope = localCells.constant("local_channel_scope", ChannelScope.values());
      Double localWeight = localCells.number("local_weight", 1.0, "; blank means 1");
      ok &= localCells.ok();
      if (scope != null && localWeight != null) {
        try {
          local = Indicator.builder().code(localCode).title(Cells.text(row, cols, "local_title"))
              .description(Cells.text(row, cols, "local_description"))
              .criterion(Cells.text(row, cols, "local_criterion")).channelScope(scope).weight(localWeight)
              .build();
        } catch (LosiValidationException e) {
          Relocation.relocate(e, t.atRow(), problems);
          ok = false;
        }
      }
    }
    if (!ok) {
      return null;
    }
    try {
      CountryAdjustment.Builder b = CountryAdjustment.builder().id(Cells.text(row, cols, "id"))
          .country(Cells.text(row, cols, "country")).instrumentId(Cells.text(row, cols, "instrument"))
          .kind(kind).rationale(Cells.text(row, cols, "rationale"))
          .decidedBy(Cells.text(row, cols, "decided_by")).decidedOn(decidedOn)
          .acceptedChannels(channels).cities(cities);
      String indicator = Cells.text(row, cols, "indicator");
      return AdjustmentJson.build(b, indicator.isEmpty() ? null : indicator, weight, local);
    } catch (LosiValidationException e) {
      Relocation.relocate(e, t.atRow(), problems);
      return null;
    }
  }
}
