package dev.losi.io.checklist;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** The XLSX checklist: writing with fastexcel, reading a filled one back with fastexcel-reader. */
final class ChecklistXlsx {

  static final String ANSWERS = "Present,Absent,Not applicable";
  static final int TABLE_HEADER_ROW = 9; // 0-based: row 10 in the sheet
  static final int MAX_ROWS = 100_000;

  private ChecklistXlsx() {}

  static void write(Checklist c, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "LOSI SDK", "1.0");
    Worksheet ws = wb.newWorksheet(Checklists.SHEET);
    ws.value(0, 0, "LOSI checklist: " + c.instrument().title());
    ws.style(0, 0).bold().fontSize(14).set();
    ChecklistHeader h = c.header();
    List<String[]> block = List.of(
        new String[] {Checklists.INSTRUMENT, c.instrument().id()},
        new String[] {Checklists.EDITION, Integer.toString(c.instrument().editionYear())},
        new String[] {Checklists.CITY_ID, h.cityId().orElse("")},
        new String[] {Checklists.CITY_NAME, h.cityName().orElse("")},
        new String[] {Checklists.COUNTRY, h.country().orElse("")},
        new String[] {Checklists.ASSESSOR, h.assessor().orElse("")},
        new String[] {Checklists.DATE, h.date().map(LocalDate::toString).orElse("")});
    for (int r = 0; r < block.size(); r++) {
      ws.value(r + 1, 0, block.get(r)[0]);
      ws.style(r + 1, 0).bold().set();
      text(ws, r + 1, 1, block.get(r)[1]);
    }
    List<String> columns = Checklists.COLUMNS;
    for (int col = 0; col < columns.size(); col++) {
      ws.value(TABLE_HEADER_ROW, col, columns.get(col));
      ws.style(TABLE_HEADER_ROW, col).bold().fillColor("D9E1F2").set();
    }
    int r = TABLE_HEADER_ROW + 1;
    for (Checklist.Item i : c.items()) {
      text(ws, r, 0, i.code());
      text(ws, r, 1, i.section());
      text(ws, r, 2, i.title());
      if (i.exclusion().isPresent()) {
        ws.value(r, 3, Answer.NOT_APPLICABLE.label());
      }
      text(ws, r, 7, i.exclusion().orElse("yes"));
      text(ws, r, 8, i.channelRule());
      text(ws, r, 9, i.description());
      r++;
    }
    int last = Math.max(TABLE_HEADER_ROW + 1, r - 1);
    ws.range(TABLE_HEADER_ROW + 1, 3, last, 3).validateWithListByFormula("\"" + ANSWERS + "\"")
        .allowBlank(true).showErrorMessage(true).errorTitle("Answer").error("Choose Present, Absent or Not applicable");
    ws.range(TABLE_HEADER_ROW + 1, 4, last, 4).validateWithListByFormula("\"" + channels() + "\"")
        .allowBlank(true).showErrorMessage(true).errorTitle("Evidence channel").error("Choose a channel from the list");
    ws.range(TABLE_HEADER_ROW + 1, 0, last, columns.size() - 1).style().wrapText(true).verticalAlignment("top").set();
    double[] widths = {10, 28, 48, 16, 20, 36, 36, 30, 36, 60};
    for (int col = 0; col < widths.length; col++) {
      ws.width(col, widths[col]);
    }
    ws.freezePane(1, TABLE_HEADER_ROW + 1);
    Worksheet how = wb.newWorksheet(Checklists.HOW_TO_SHEET);
    String[] lines = {
        "How to fill this in",
        "",
        "1. Fill in the header block at the top of the Checklist sheet: city id, city name, country (ISO3, e.g. TUN), your assessor id and the date (YYYY-MM-DD).",
        "2. For each indicator, look for the feature where the 'Channel rule' column says, then choose an Answer: Present, Absent or Not applicable.",
        "3. If present, choose the Evidence channel where you found it and paste its URL. An indicator that 'only counts if found on the municipal portal or a site it links to' does not count when found elsewhere only.",
        "4. Leave the Answer empty if you could not assess the indicator: it counts as not assessed.",
        "5. Rows marked 'not applicable in ...' are excluded by a documented country adjustment; keep their answer.",
        "6. Do not add, remove or reorder columns, and do not change the Code column. Notes may be in any language.",
        "7. Score the filled file with: losi score --instrument " + c.instrument().id() + " --assessments <this file>",
    };
    for (int k = 0; k < lines.length; k++) {
      how.value(k, 0, lines[k]);
    }
    how.style(0, 0).bold().fontSize(14).set();
    how.width(0, 120);
    wb.finish();
  }

  private static String channels() {
    return String.join(",", Arrays.stream(Channel.values()).map(Channel::name).toList());
  }

  private static void text(Worksheet ws, int r, int c, String s) {
    if (!s.isEmpty()) {
      ws.value(r, c, FormulaGuard.neutralise(s));
    }
  }

  /** Reads a filled checklist into one assessment. */
  static Assessment read(InputStream in, String source, Instrument instrument, List<CountryAdjustment> adjustments)
      throws IOException {
    ProblemCollector problems = new ProblemCollector();
    try (ReadableWorkbook wb = new ReadableWorkbook(dev.losi.io.internal.TextStreams.unclosed(in))) {
      Optional<Sheet> sheet = wb.findSheet(Checklists.SHEET);
      if (sheet.isEmpty()) {
        throw new LosiValidationException(List.of(Problem.builder().source(source)
            .message("has no sheet named " + Checklists.SHEET + ": it is not a LOSI checklist (make one with losi checklist)").build()));
      }
      try (Stream<Row> rows = sheet.get().openStream()) {
        return read(rows.iterator(), source + "!" + Checklists.SHEET + "!", instrument, adjustments, problems);
      }
    } catch (LosiValidationException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new LosiValidationException(List.of(Problem.builder().source(source)
          .message("is not a readable XLSX workbook: " + e.getMessage()).build()));
    }
  }

  private static Assessment read(Iterator<Row> rows, String at, Instrument instrument,
      List<CountryAdjustment> adjustments, ProblemCollector problems) {
    Map<String, String> header = new HashMap<>();
    Map<String, String> headerCell = new HashMap<>();
    Map<String, Integer> col = null;
    Row row = null;
    while (rows.hasNext() && col == null) {
      row = rows.next();
      String label = text(row, 0, at, problems).strip();
      if (label.equals("Code")) {
        col = columns(row, at, problems);
      } else if (label.equals(Checklists.DATE) && row.getCellCount() > 1 && row.getCell(1) != null
          && row.getCell(1).getType() == CellType.NUMBER) {
        header.put(label, row.getCell(1).asDate().toLocalDate().toString()); // a date typed into the sheet
        headerCell.put(label, at + "B" + row.getRowNum());
      } else if (Checklists.HEADER_LABELS.contains(label)) {
        header.put(label, text(row, 1, at, problems).strip());
        headerCell.put(label, at + "B" + row.getRowNum());
      }
    }
    if (col == null) {
      problems.add(Problem.builder().source(at.substring(0, at.length() - 1))
          .message("has no table header row with a Code cell in column A: it is not a LOSI checklist").build());
      problems.throwIfAny();
    }
    String made = header.getOrDefault(Checklists.INSTRUMENT, "");
    if (!made.equals(instrument.id())) {
      String edition = header.getOrDefault(Checklists.EDITION, "?");
      problems.add(Problem.builder().source(headerCell.getOrDefault(Checklists.INSTRUMENT, at + "B2"))
          .field("instrument").value(made).message("this checklist was made for instrument " + made + " (edition "
              + edition + "), not " + instrument.id() + " (edition " + instrument.editionYear()
              + "): read it with --instrument " + (made.isEmpty() ? "ID" : made)
              + ", then translate the assessment to " + instrument.id() + " with losi map").build());
      problems.throwIfAny();
    }
    String cityId = required(header, headerCell, Checklists.CITY_ID, at, problems);
    String cityName = required(header, headerCell, Checklists.CITY_NAME, at, problems);
    String country = required(header, headerCell, Checklists.COUNTRY, at, problems);
    String assessor = required(header, headerCell, Checklists.ASSESSOR, at, problems);
    Optional<LocalDate> date = Optional.empty();
    String d = header.getOrDefault(Checklists.DATE, "");
    if (!d.isEmpty()) {
      try {
        date = Optional.of(LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        problems.add(Problem.builder().source(headerCell.get(Checklists.DATE)).field("date").value(d)
            .message("is not a date YYYY-MM-DD").build());
      }
    }
    Set<String> local = new HashSet<>();
    for (CountryAdjustment a : adjustments) {
      if (a.country().equals(country) && a.instrumentId().equals(instrument.id())) {
        a.localIndicator().ifPresent(li -> local.add(li.code()));
      }
    }
    List<Response> responses = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int count = 0;
    while (rows.hasNext()) {
      row = rows.next();
      if (++count > MAX_ROWS) {
        problems.add(Problem.builder().source(at + "A" + row.getRowNum()).message("more than " + MAX_ROWS
            + " rows: not a checklist").build());
        break;
      }
      int n = row.getRowNum();
      String code = text(row, col.get("Code"), at, problems).strip();
      String answerText = text(row, col.get("Answer"), at, problems);
      if (code.isEmpty()) {
        if (!answerText.isBlank()) {
          problems.add(Problem.builder().source(at + "A" + n).field("code").message("is empty on a row with an answer").build());
        }
        continue;
      }
      if (!instrument.hasIndicator(code) && !local.contains(code)) {
        problems.add(Problem.builder().source(at + "A" + n).indicator(code)
            .message("is not an indicator of instrument \"" + instrument.id() + "\" nor a local indicator of " + country).build());
        continue;
      }
      Integer first = seen.putIfAbsent(code, n);
      if (first != null) {
        problems.add(Problem.builder().source(at + "A" + n).indicator(code)
            .message("appears more than once (first on row " + first + ")").build());
        continue;
      }
      String answerCell = at + letter(col.get("Answer")) + n;
      Optional<Answer> answer = Answer.parse(answerText);
      if (answer.isEmpty() || (answer.get() == Answer.NOT_ASSESSED && !answerText.isBlank())) {
        problems.add(Problem.builder().source(answerCell).indicator(code).field("answer").value(answerText.strip())
            .message("is not one of Present, Absent, Not applicable").build());
        continue;
      }
      Evidence evidence = evidence(row, col, n, code, at, problems);
      if (answer.get() == Answer.NOT_ASSESSED) {
        continue;
      }
      Response.Builder rb = Response.builder().indicator(code).answer(answer.get());
      if (evidence != null) {
        rb.evidence(evidence);
      }
      responses.add(rb.build());
    }
    problems.throwIfAny();
    return Assessment.builder().city(City.of(cityId, cityName, country)).instrumentId(instrument.id())
        .assessorId(assessor).date(date).addAllResponses(responses).build();
  }

  private static Evidence evidence(Row row, Map<String, Integer> col, int n, String code, String at,
      ProblemCollector problems) {
    String channels = text(row, col.get("Evidence channel"), at, problems).strip();
    String url = text(row, col.get("URL"), at, problems).strip();
    String note = text(row, col.get("Note"), at, problems);
    Set<Channel> set = EnumSet.noneOf(Channel.class);
    for (String c : channels.isEmpty() ? new String[0] : channels.split("\\|", -1)) {
      try {
        set.add(Channel.valueOf(c.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_')));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.builder().source(at + letter(col.get("Evidence channel")) + n).indicator(code)
            .field("evidence channel").value(channels).message("is not one of " + channels()).build());
        return null;
      }
    }
    if (set.isEmpty() && url.isEmpty() && note.isBlank()) {
      return null;
    }
    Evidence.Builder e = Evidence.builder().addAllChannels(set);
    if (!url.isEmpty()) {
      e.url(url);
    }
    if (!note.isBlank()) {
      e.note(note);
    }
    return e.build();
  }

  private static Map<String, Integer> columns(Row row, String at, ProblemCollector problems) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      String name = text(row, i, at, problems).strip();
      if (!name.isEmpty()) {
        col.putIfAbsent(name, i);
      }
    }
    for (String required : List.of("Code", "Answer", "Evidence channel", "URL", "Note")) {
      if (!col.containsKey(required)) {
        problems.add(Problem.builder().source(at + row.getRowNum()).message("the table header lacks the column " + required).build());
      }
    }
    problems.throwIfAny();
    return col;
  }

  private static String required(Map<String, String> header, Map<String, String> cell, String label, String at,
      ProblemCollector problems) {
    String v = header.getOrDefault(label, "");
    if (v.isEmpty()) {
      problems.add(Problem.builder().source(cell.getOrDefault(label, at + "B?")).field(label.toLowerCase(java.util.Locale.ROOT))
          .message("is required: fill it in in the header block").build());
    }
    return v.isEmpty() ? "?" : v;
  }

  /** The text of a cell ("" when absent); a formula cell is a problem, since a checklist holds none. */
  private static String text(Row row, int c, String at, ProblemCollector problems) {
    if (c >= row.getCellCount()) {
      return "";
    }
    Cell cell = row.getCell(c);
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    if (cell.getType() == CellType.FORMULA) {
      problems.add(Problem.builder().source(at + letter(c) + row.getRowNum()).value("=" + cell.getFormula())
          .message("is a formula: a checklist holds typed text only").build());
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      return cell.asNumber().stripTrailingZeros().toPlainString();
    }
    String t = cell.getText();
    return t == null ? "" : t;
  }

  static String letter(int c) {
    StringBuilder sb = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }
}
