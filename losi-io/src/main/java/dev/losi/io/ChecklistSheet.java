package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.checklist.Checklists;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A filled LOSI checklist ({@link Checklists}) read as one assessment: the header block (instrument, city,
 * country, assessor, date), then one row per indicator code with its answer and evidence. Problems name
 * the cell as {@code checklist.xlsx!Checklist!D17}. Read by {@link Assessments.Reader} when the sheet read
 * is {@value Checklists#SHEET}, or when the default sheet is absent and a {@value Checklists#SHEET} sheet is
 * present.
 */
final class ChecklistSheet {

  static final int MAX_ROWS = 100_000;
  private static final String REMEDY = "to count unanswered indicators as absent, use the COUNT_AS_ABSENT"
      + " missing-answer policy";

  /** A checklist read: its assessment, and the answer cell of every unanswered row, by code in row order. */
  record Read(Assessment assessment, Map<String, String> unanswered) {}

  private ChecklistSheet() {}

  /** True when the workbook is read as a checklist for the sheet {@code sheet} asked for. */
  static boolean applies(ReadableWorkbook wb, String sheet) {
    if (sheet.equals(Checklists.SHEET)) {
      return true;
    }
    return sheet.equals(AssessmentXlsx.SHEET) && wb.findSheet(AssessmentXlsx.SHEET).isEmpty()
        && wb.findSheet(Checklists.SHEET).isPresent();
  }

  /** Reads the checklist sheet of an open workbook. */
  static Read read(XlsxTable.Book book, IndicatorCodes codes) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    String at = book.source + "!" + Checklists.SHEET + "!";
    var sheet = book.workbook.findSheet(Checklists.SHEET);
    if (sheet.isEmpty()) {
      List<String> names = new ArrayList<>();
      book.workbook.getSheets().forEach(x -> names.add(x.getName()));
      throw new LosiValidationException(List.of(Problem.builder().source(book.source).message("has no sheet named "
          + Checklists.SHEET + " (sheets found: " + names + "): it is not a LOSI checklist (make one with losi checklist)")
          .build()));
    }
    try (Stream<Row> rows = sheet.get().openStream()) {
      return read(rows.iterator(), at, codes, problems);
    } catch (LosiValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LosiValidationException(List.of(Problem.builder().source(book.source)
          .message("is not a readable XLSX workbook: " + e.getMessage()).build()));
    }
  }

  /**
   * Scores a checklist read; a missing-answer problem of its assessment is given as one problem per
   * unanswered cell.
   */
  static List<CityScore> score(Read read, Scorer scorer, String source) {
    try {
      return scorer.scoreAll(List.of(read.assessment()));
    } catch (LosiValidationException e) {
      List<Problem> out = new ArrayList<>();
      Assessment a = read.assessment();
      for (Problem p : e.problems()) {
        if (p.field().equals(Optional.of("answers"))) {
          read.unanswered().forEach((code, cell) -> out.add(Problem.builder().source(cell).city(a.city().id())
              .assessor(a.assessorId()).indicator(code).field("answer")
              .message("is empty, so the assessment is incomplete (" + REMEDY + ")").build()));
          for (var i : scorer.instrument().indicators()) {
            if (a.response(i.code()).isEmpty() && !read.unanswered().containsKey(i.code())) {
              out.add(Problem.builder().source(source + "!" + Checklists.SHEET).city(a.city().id())
                  .assessor(a.assessorId()).indicator(i.code())
                  .message("has no row in the checklist, so the assessment is incomplete (" + REMEDY + ")").build());
            }
          }
        } else {
          out.add(p.source().isPresent() ? p : Problem.builder().from(p).source(source).build());
        }
      }
      throw new LosiValidationException(dedupe(out), e.omitted());
    }
  }

  private static List<Problem> dedupe(List<Problem> problems) {
    return List.copyOf(new java.util.LinkedHashSet<>(problems));
  }

  private static Read read(Iterator<Row> rows, String at, IndicatorCodes codes, ProblemCollector problems) {
    Instrument instrument = codes.instrument();
    Map<String, String> header = new HashMap<>();
    Map<String, String> headerCell = new HashMap<>();
    Map<String, Integer> col = null;
    while (rows.hasNext() && col == null) {
      Row row = rows.next();
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
          .message("has no table header row with a Code cell in column A and an Answer cell: it is not a LOSI"
              + " checklist (make one with losi checklist)").build());
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
    if (!country.equals("?")) {
      String notIso = country.matches("[A-Z]{3}") ? codes.countryProblem(country)
          : "is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)";
      if (notIso != null) {
        problems.add(Problem.builder().source(headerCell.get(Checklists.COUNTRY)).field("country").value(country)
            .message(notIso).build());
      }
    }
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
    List<Response> responses = new ArrayList<>();
    Map<String, String> unanswered = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    int count = 0;
    while (rows.hasNext()) {
      Row row = rows.next();
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
      if (!codes.has(code)) {
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
      String answerCell = at + XlsxTable.columnLetters(col.get("Answer")) + n;
      Optional<Answer> answer = Answer.parse(answerText);
      if (answer.isEmpty() || (answer.get() == Answer.NOT_ASSESSED && !answerText.isBlank())) {
        problems.add(Problem.builder().source(answerCell).indicator(code).field("answer").value(answerText.strip())
            .message("is not one of Present, Absent, Not applicable").build());
        continue;
      }
      Evidence evidence = evidence(row, col, n, code, at, problems);
      if (answer.get() == Answer.NOT_ASSESSED) {
        unanswered.put(code, answerCell);
        continue;
      }
      Response.Builder rb = Response.builder().indicator(code).answer(answer.get());
      if (evidence != null) {
        rb.evidence(evidence);
      }
      responses.add(rb.build());
    }
    problems.throwIfAny();
    try {
      Assessment a = Assessment.builder().city(City.of(cityId, cityName, country)).instrumentId(instrument.id())
          .assessorId(assessor).date(date).addAllResponses(responses).build();
      return new Read(a, java.util.Collections.unmodifiableMap(unanswered));
    } catch (LosiValidationException e) {
      throw new LosiValidationException(e.problems().stream()
          .map(p -> p.source().isPresent() ? p : Problem.builder().from(p).source(at + "B3").build()).toList());
    }
  }

  private static Evidence evidence(Row row, Map<String, Integer> col, int n, String code, String at,
      ProblemCollector problems) {
    String channels = text(row, col.get("Evidence channel"), at, problems).strip();
    String url = text(row, col.get("URL"), at, problems).strip();
    String note = text(row, col.get("Note"), at, problems);
    Set<Channel> set = EnumSet.noneOf(Channel.class);
    for (String c : channels.isEmpty() ? new String[0] : channels.split("\\|", -1)) {
      try {
        set.add(Channel.valueOf(c.strip().toUpperCase(Locale.ROOT).replace(' ', '_')));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.builder().source(at + XlsxTable.columnLetters(col.get("Evidence channel")) + n)
            .indicator(code).field("evidence channel").value(channels).message("is not one of " + channelNames()).build());
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

  static String channelNames() {
    return String.join(",", Arrays.stream(Channel.values()).map(Channel::name).toList());
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
        problems.add(Problem.builder().source(at + row.getRowNum() + ":" + row.getRowNum())
            .message("the table header lacks the column " + required).build());
      }
    }
    problems.throwIfAny();
    return col;
  }

  private static String required(Map<String, String> header, Map<String, String> cell, String label, String at,
      ProblemCollector problems) {
    String v = header.getOrDefault(label, "");
    if (v.isEmpty()) {
      problems.add(Problem.builder().source(cell.getOrDefault(label, at + "B?")).field(label.toLowerCase(Locale.ROOT))
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
      problems.add(Problem.builder().source(at + XlsxTable.columnLetters(c) + row.getRowNum()).value("=" + cell.getFormula())
          .message("is a formula: a checklist holds typed text only").build());
      return "";
    }
    if (cell.getType() == CellType.NUMBER) {
      return cell.asNumber().stripTrailingZeros().toPlainString();
    }
    String t = cell.getText();
    return t == null ? "" : t;
  }
}
