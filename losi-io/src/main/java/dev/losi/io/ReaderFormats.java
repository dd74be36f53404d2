package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.internal.Relocation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-format machinery behind {@link Assessments.Reader}, with the reader's settings: recognising the
 * format of a stream (from a known extension, else the first bytes), reading or scoring it as JSON, CSV or
 * XLSX, telling a filled checklist workbook from a table, and placing the scoring problems of a JSON
 * document at the assessments that cause them. The reader keeps its public methods and the choice between
 * a file and a stream; everything here is reached through it. Immutable and thread-safe, like the reader.
 */
final class ReaderFormats {

  private final Assessments.Reader reader;

  /**
   * The machinery for one reader.
   *
   * @param reader the reader whose settings (instrument, layout, adjustments, sheet, formats, limits) apply
   */
  ReaderFormats(Assessments.Reader reader) {
    this.reader = reader;
  }

  /**
   * Reads assessments from bytes (not closed) in the format {@code known}, or recognised from the first bytes.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems
   * @param known the format, or {@code null} to recognise it
   * @return the assessments read
   * @throws IOException when the input cannot be read
   */
  List<Assessment> read(InputStream in, String source, AssessmentFormat known) throws IOException {
    return dispatch(in, source, known, new Job<>() {
      @Override
      public List<Assessment> json(List<Assessment> all) {
        return all;
      }

      @Override
      public List<Assessment> csv(InputStream bytes) throws IOException {
        return csvReader().read(bytes, source);
      }

      @Override
      public List<Assessment> xlsx(InputStream bytes) throws IOException {
        return readWorkbook(() -> XlsxTable.open(bytes, source, reader.xlsx));
      }
    });
  }

  /**
   * Reads and scores assessments from bytes (not closed) in one streaming pass, in the format {@code known}
   * or recognised from the first bytes; a JSON document's scoring problems name the assessment's path.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems
   * @param known the format, or {@code null} to recognise it
   * @param scorer a scorer of the reader's instrument
   * @return one score per assessment, in the order the assessments are read
   * @throws IOException when the input cannot be read
   */
  List<CityScore> score(InputStream in, String source, AssessmentFormat known, Scorer scorer) throws IOException {
    PackedAssessments packed = new PackedAssessments(reader.instrument);
    return dispatch(in, source, known, new Job<>() {
      @Override
      public List<CityScore> json(List<Assessment> all) {
        try {
          return scorer.scoreAll(all);
        } catch (LosiValidationException e) {
          throw atAssessments(e, all, source);
        }
      }

      @Override
      public List<CityScore> csv(InputStream bytes) throws IOException {
        csvReader().forEachRow(bytes, source, packed);
        return packed.score(scorer, source);
      }

      @Override
      public List<CityScore> xlsx(InputStream bytes) throws IOException {
        return scoreWorkbook(() -> XlsxTable.open(bytes, source, reader.xlsx), scorer);
      }
    });
  }

  /** The scoring problems of a JSON document, each at {@code $.assessments[i]} of its city and assessor's first assessment. */
  private static LosiValidationException atAssessments(LosiValidationException e, List<Assessment> all, String source) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      first.putIfAbsent(all.get(i).city().id() + "\u0000" + all.get(i).assessorId(), i);
    }
    return Relocation.atFirstRows(e, source, (city, assessor) -> {
      Integer i = first.get(city + "\u0000" + assessor);
      return i == null ? null : Problem.builder().column("$.assessments[" + i + "]");
    });
  }

  /** What to do with each format. */
  private interface Job<T> {
    T json(List<Assessment> all);

    T csv(InputStream bytes) throws IOException;

    T xlsx(InputStream bytes) throws IOException;
  }

  /** Recognises the format (from {@code known}, else the first bytes) and runs the job for it. */
  private <T> T dispatch(InputStream in, String source, AssessmentFormat known, Job<T> job) throws IOException {
    InputStream bytes = in;
    AssessmentFormat f = known;
    if (f == null) {
      BufferedInputStream b = new BufferedInputStream(in, 8192);
      f = AssessmentFormat.sniff(b);
      bytes = b;
    }
    switch (f) {
      case JSON -> {
        List<Assessment> all = reader.json.readAssessments(bytes, source);
        AssessmentChecks.check(all, reader.codes(), source);
        return job.json(all);
      }
      case XLSX -> {
        return job.xlsx(bytes);
      }
      default -> {
        return job.csv(bytes);
      }
    }
  }

  /**
   * Reads a workbook opened once: as a checklist ({@link ChecklistSheet#applies}) or as a table.
   *
   * @param opener opens the workbook
   * @return the assessments read
   * @throws IOException when the workbook cannot be read
   */
  List<Assessment> readWorkbook(Tables.BookOpener opener) throws IOException {
    try (XlsxTable.Book book = open(opener)) {
      if (ChecklistSheet.applies(book.workbook, reader.sheet)) {
        return List.of(ChecklistSheet.read(book, reader.codes()).assessment());
      }
      AssessmentTables.Assembler a = new AssessmentTables.Assembler();
      xlsxReader().forEachRow(() -> book, a);
      return a.assessments();
    }
  }

  /**
   * Scores a workbook opened once: a checklist by the object path, a table by streaming.
   *
   * @param opener opens the workbook
   * @param scorer a scorer of the reader's instrument
   * @return one score per assessment
   * @throws IOException when the workbook cannot be read
   */
  List<CityScore> scoreWorkbook(Tables.BookOpener opener, Scorer scorer) throws IOException {
    try (XlsxTable.Book book = open(opener)) {
      if (ChecklistSheet.applies(book.workbook, reader.sheet)) {
        return ChecklistSheet.score(ChecklistSheet.read(book, reader.codes()), scorer, book.source);
      }
      PackedAssessments packed = new PackedAssessments(reader.instrument);
      xlsxReader().forEachRow(() -> book, packed);
      return packed.score(scorer, book.source);
    }
  }

  private static XlsxTable.Book open(Tables.BookOpener opener) throws IOException {
    try {
      return opener.open();
    } catch (Table.Fatal f) {
      throw new LosiValidationException(List.of(f.problem));
    }
  }

  private AssessmentCsv.Reader csvReader() {
    return AssessmentCsv.reader(reader.instrument).format(reader.csv).layout(reader.layout)
        .adjustments(reader.adjustments).allowUserAssignedCountries(reader.userAssignedCountries);
  }

  private AssessmentXlsx.Reader xlsxReader() {
    return AssessmentXlsx.reader(reader.instrument).limits(reader.xlsx).problemCap(reader.csv.problemCap())
        .layout(reader.layout).sheet(reader.sheet).adjustments(reader.adjustments)
        .allowUserAssignedCountries(reader.userAssignedCountries);
  }
}
