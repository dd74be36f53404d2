package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes assessment files whatever their format, chosen by the file extension: {@code .json}
 * (an assessments document, {@link LosiJson}), {@code .csv} ({@link AssessmentCsv}) or {@code .xlsx}
 * ({@link AssessmentXlsx}). For CSV and XLSX the layout is recognised from the header: a table with an
 * {@code indicator} or a {@code value} column is long (and must then have both), any other is wide. What a command line needs
 * for {@code --assessments FILE}. All methods are static and thread-safe.
 */
public final class Assessments {

  private Assessments() {}

  /**
   * Reads the assessments of a file and checks them against the instrument: in every format, an
   * assessment of another instrument or an indicator code the instrument lacks is a problem.
   *
   * @throws LosiValidationException listing every problem of the file
   * @throws IllegalArgumentException for an extension other than .json, .csv, .xlsx
   */
  public static List<Assessment> read(Path file, Instrument instrument) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      List<Assessment> all = LosiJson.standard().readAssessments(file);
      check(all, instrument, file.getFileName().toString());
      return all;
    }
    if (name.endsWith(".csv")) {
      boolean wide = !isLong(csvHeader(file));
      return (wide ? AssessmentCsv.wideReader(instrument) : AssessmentCsv.reader(instrument)).read(file);
    }
    if (name.endsWith(".xlsx")) {
      boolean wide = !isLong(xlsxHeader(file));
      return (wide ? AssessmentXlsx.wideReader(instrument) : AssessmentXlsx.reader(instrument)).read(file);
    }
    throw new IllegalArgumentException("cannot tell the format of " + file + ": expected a .json, .csv or .xlsx file");
  }

  /**
   * Writes assessments in the format of the extension: JSON document, long CSV or long XLSX
   * (use {@link AssessmentCsv#wideWriter} or {@link AssessmentXlsx#wideWriter} for the wide layout).
   */
  public static void write(Collection<Assessment> assessments, Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      LosiJson.standard().writeAssessments(assessments, file);
    } else if (name.endsWith(".csv")) {
      AssessmentCsv.writer().write(assessments, file);
    } else if (name.endsWith(".xlsx")) {
      AssessmentXlsx.writer().write(assessments, file);
    } else {
      throw new IllegalArgumentException("cannot tell the format of " + file + ": expected a .json, .csv or .xlsx file");
    }
  }

  private static boolean isLong(List<String> header) {
    return header != null && (header.contains(AssessmentTables.INDICATOR) || header.contains(AssessmentTables.VALUE));
  }

  private static List<String> csvHeader(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        CsvTable t = CsvTable.open(in, file.getFileName().toString(), CsvFormat.standard())) {
      return restored(t.next(p -> { }));
    } catch (Table.Fatal f) {
      return null; // the full read reports it
    }
  }

  private static List<String> xlsxHeader(Path file) throws IOException {
    try (XlsxTable.Book book = XlsxTable.open(file, XlsxLimits.DEFAULT);
        XlsxTable t = book.sheet(AssessmentXlsx.SHEET)) {
      return restored(t.next(p -> { }));
    } catch (Table.Fatal f) {
      return null;
    }
  }

  private static List<String> restored(List<String> header) {
    return header == null ? null : header.stream().map(FormulaGuard::restore).toList();
  }

  /** Checks instrument ids and indicator codes of assessments read from JSON. */
  static void check(List<Assessment> all, Instrument instrument, String source) {
    ProblemCollector problems = new ProblemCollector();
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      String path = "$.assessments[" + i + "]";
      if (!a.instrumentId().equals(instrument.id())) {
        problems.add(Problem.builder().source(source).column(path).city(a.city().id()).assessor(a.assessorId())
            .field("instrumentId").value(a.instrumentId())
            .message("does not match the instrument " + instrument.id() + " the file is read against").build());
      }
      for (int r = 0; r < a.responses().size(); r++) {
        Response resp = a.responses().get(r);
        if (!instrument.hasIndicator(resp.indicator())) {
          problems.add(Problem.builder().source(source).column(path + ".responses[" + r + "]").city(a.city().id())
              .assessor(a.assessorId()).field("indicator").value(resp.indicator())
              .message("is not an indicator of instrument " + instrument.id()).build());
        }
      }
    }
    problems.throwIfAny();
  }
}
