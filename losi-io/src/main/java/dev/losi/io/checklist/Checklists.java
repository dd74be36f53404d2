package dev.losi.io.checklist;

import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.io.Assessments;
import dev.losi.io.internal.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@link Checklist}s as XLSX, HTML, Markdown and a JSON form definition, and reads a filled XLSX
 * checklist back as an {@link Assessment}.
 *
 * <h2>The XLSX layout (a stable interface)</h2>
 * The sheet named {@value #SHEET} has a header block (column A the label, column B the value:
 * {@value #INSTRUMENT}, {@value #EDITION}, {@value #CITY_ID}, {@value #CITY_NAME}, {@value #COUNTRY},
 * {@value #ASSESSOR}, {@value #DATE} as YYYY-MM-DD), then a table header row (row 10) with the
 * {@link #COLUMNS}, among them {@code Code} in column A and {@code Answer} in column D. Each row below holds
 * one indicator code. {@code Answer} has a dropdown (data validation) of {@code Present}, {@code Absent},
 * {@code Not applicable}, {@code Evidence channel} one of the channel names; {@code URL} and {@code Note} are
 * free text. The header is frozen; the workbook holds no formulas; a second sheet, {@value #HOW_TO_SHEET},
 * says how to fill it in.
 *
 * <h2>Reading back</h2>
 * {@link Assessments#reader} reads a filled checklist as it reads any assessments file, so {@code losi score},
 * {@code losi plan} and {@code losi report} take one: the sheet {@value #SHEET} is read as a checklist when it
 * is the sheet asked for, or when the default sheet {@code assessments} is absent. Answers are parsed with {@link dev.losi.core.Answer#parse(String)} (the labels, read case-insensitively;
 * the table codes 1, 0 and NA are accepted too). An empty answer leaves the indicator not assessed (the
 * usual missing-answer policy decides). Every problem is reported together and names its cell, for example
 * {@code checklist.xlsx!Checklist!D17: indicator "#255": answer "Yes" is not one of Present, Absent, Not
 * applicable}. Scored by {@link Assessments.Reader#score} under the policy that refuses missing answers, an
 * incomplete checklist is refused with one problem per empty answer cell. The country must be an ISO 3166-1 alpha-3 code. A checklist made for another
 * instrument (edition) is refused, saying which one and pointing to {@code losi map}. A cell holding a formula is refused. Notes are kept exactly as typed, in any script.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Checklists {

  /** The name of the checklist sheet. */
  public static final String SHEET = "Checklist";
  /** The name of the instructions sheet. */
  public static final String HOW_TO_SHEET = "How to fill this in";
  /** Header block label: the instrument id. */
  public static final String INSTRUMENT = "Instrument";
  /** Header block label: the edition year. */
  public static final String EDITION = "Edition";
  /** Header block label: the city id. */
  public static final String CITY_ID = "City id";
  /** Header block label: the city name. */
  public static final String CITY_NAME = "City name";
  /** Header block label: the country (ISO3). */
  public static final String COUNTRY = "Country";
  /** Header block label: the assessor id. */
  public static final String ASSESSOR = "Assessor";
  /** Header block label: the date, YYYY-MM-DD. */
  public static final String DATE = "Date";
  /** The header block labels, in order. */
  public static final List<String> HEADER_LABELS = List.of(INSTRUMENT, EDITION, CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, DATE);
  /** The table columns, in order (A to J). */
  public static final List<String> COLUMNS = List.of("Code", "Section", "Title", "Answer", "Evidence channel", "URL",
      "Note", "Applies", "Channel rule", "Description");

  private Checklists() {}

  /**
   * Writes the XLSX checklist to a file atomically (a failure leaves no partial file).
   *
   * @param checklist the checklist
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Checklist checklist, Path file) throws IOException {
    AtomicFiles.write(file, out -> writeXlsx(checklist, out));
  }

  /**
   * Writes the XLSX checklist to a stream (not closed).
   *
   * @param checklist the checklist
   * @param out the stream written to
   * @throws IOException when writing fails
   */
  public static void writeXlsx(Checklist checklist, OutputStream out) throws IOException {
    ChecklistXlsx.write(checklist, new java.io.FilterOutputStream(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    });
  }

  /**
   * A printable, self-contained HTML page (inline style, no scripts, nothing fetched).
   *
   * @param checklist the checklist
   * @return the HTML page
   */
  public static String toHtml(Checklist checklist) {
    return ChecklistText.html(checklist);
  }

  /**
   * A Markdown version: the header block, then a table per section.
   *
   * @param checklist the checklist
   * @return the Markdown text
   */
  public static String toMarkdown(Checklist checklist) {
    return ChecklistText.markdown(checklist);
  }

  /**
   * A JSON form definition a portal can render: {@code form}, {@code instrument} ({@code id},
   * {@code edition}, {@code title}), {@code header} (the fields and any pre-filled values), {@code answers},
   * {@code channels}, {@code items} ({@code code}, {@code section}, {@code criterion}, {@code title},
   * {@code description}, {@code channel_rule}, {@code applies}, {@code exclusion}, {@code local}).
   *
   * @param checklist the checklist
   * @return the JSON text
   */
  public static String toJson(Checklist checklist) {
    return ChecklistText.json(checklist);
  }

  /**
   * Reads a filled XLSX checklist: {@code Assessments.reader(instrument).withSheet(Checklists.SHEET).read(file)}
   * (use that reader for more options, for example {@code allowUserAssignedCountries}).
   *
   * @param file the file to read; problems name it
   * @param instrument the instrument the input is checked against
   * @return the assessment read
   * @throws dev.losi.core.LosiValidationException with every problem, each naming its cell
   * @throws IOException when the file cannot be read
   */
  public static Assessment read(Path file, Instrument instrument) throws IOException {
    return read(file, instrument, List.of());
  }

  /**
   * Reads a filled XLSX checklist whose country's adjustments may add local indicators.
   *
   * @param file the file to read; problems name it
   * @param instrument the instrument the input is checked against
   * @param adjustments the adjustments whose {@code ADD_LOCAL_INDICATOR} entries add local indicator codes
   * @return the assessment read
   * @throws dev.losi.core.LosiValidationException with every problem, each naming its cell
   * @throws IOException when the file cannot be read
   */
  public static Assessment read(Path file, Instrument instrument, Collection<CountryAdjustment> adjustments)
      throws IOException {
    return Assessments.reader(instrument).withAdjustments(adjustments).withSheet(SHEET).read(file).get(0);
  }

  /**
   * Reads a filled XLSX checklist from a stream (not closed); {@code source} names it in problems.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param instrument the instrument the input is checked against
   * @param adjustments the adjustments whose {@code ADD_LOCAL_INDICATOR} entries add local indicator codes
   * @return the assessment read
   * @throws IOException when the input cannot be read
   */
  public static Assessment read(InputStream in, String source, Instrument instrument,
      Collection<CountryAdjustment> adjustments) throws IOException {
    return Assessments.reader(instrument).withAdjustments(adjustments).withSheet(SHEET).read(in, source).get(0);
  }
}
