package dev.losi.io;

import static dev.losi.io.AssessmentColumns.ASSESSOR;
import static dev.losi.io.AssessmentColumns.CITY_ID;
import static dev.losi.io.AssessmentColumns.CITY_NAME;
import static dev.losi.io.AssessmentColumns.COUNTRY;
import static dev.losi.io.AssessmentColumns.DATE;
import static dev.losi.io.AssessmentColumns.EVIDENCE_CHANNEL;
import static dev.losi.io.AssessmentColumns.EVIDENCE_URL;
import static dev.losi.io.AssessmentColumns.INDICATOR;
import static dev.losi.io.AssessmentColumns.INSTRUMENT;
import static dev.losi.io.AssessmentColumns.NOTE;
import static dev.losi.io.AssessmentColumns.POPULATION;
import static dev.losi.io.AssessmentColumns.REGION;
import static dev.losi.io.AssessmentColumns.SIZE_CLASS;
import static dev.losi.io.AssessmentColumns.VALUE;
import static dev.losi.io.Unhandled.UNHANDLED;

import dev.losi.core.Answer;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.io.internal.ByteKeys;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The byte-level fast path of {@link Assessments.Reader#score}: a long-layout UTF-8 CSV file read straight
 * from bytes into {@link PackedAssessments}, with no object and no string per row. The records are split by
 * {@link CsvByteRecords}; every cell is looked up by its bytes in an interning table ({@link ByteKeys}), and
 * only a value met for the first time is decoded (strictly, as UTF-8), checked by the same rules as
 * {@link AssessmentCells} and remembered ({@link LongCsvCells}). A city's cells on its later rows are
 * compared byte for byte with its first row's ({@link LongCsvCities}). This class reads the header and
 * puts each row's answer into its group ({@link ScanGroups}).
 *
 * <p>The scan handles valid input only. At the first thing that is not plainly valid (any problem the
 * general reader would report, and a few valid rarities: a quoted field spanning lines, a city id or
 * assessor spelt two ways, a local indicator, the wide layout, another encoding) it gives up and
 * {@link #scan} returns null; the caller then reads the file again with the general reader, which reports
 * every problem with file and line. So for valid input the groups, and hence the scores, are those of the
 * general reader, and for invalid input the problems are its problems.
 *
 * <p>A file ({@link LongCsvParts#scan(java.nio.file.Path, Instrument, IndicatorCodes, CsvFormat,
 * AssessmentLayout, LongConsumer)}) is read in parts on the available processors: after the header, the
 * rest is cut into parts that start just after a line feed, each part is scanned by its own scanner (the
 * records that start in it), and the parts' cities, assessors, dates and groups are merged in part order,
 * which is file order ({@link #merge}). A city met in two parts must be spelt byte for byte the
 * same in both (as a city's later rows must be within one part), and an answer given in two parts is a
 * duplicate; either hands the file on. A cut that falls inside
 * a quoted field cannot go unnoticed: the field then holds a line break, which hands the file on.
 *
 * <p>Memory: per part, the interning tables (one entry per distinct city, assessor, indicator, value,
 * channel list and date), each city's first-row cells, and the packed answers; nothing grows with the
 * number of rows.
 *
 * <p>Not thread-safe: each part has its own scanner.
 */
final class LongCsvScan {

  private final Instrument instrument;
  private final IndicatorCodes codes;
  private final CsvFormat format;
  private final AssessmentLayout layout;
  /** The records of this part. */
  private final CsvByteRecords records;
  private int headerWidth;

  private int cCity;
  private int cAssessor;
  private int cIndicator;
  private int cValue;
  private int cChannel;
  private int cUrl;
  private int cNote;
  private int cDate;
  private int cInstrument;

  /** The cities met, in order of first appearance; set by the header. */
  private LongCsvCities cities;
  /** The assessors and dates met, and the other cells' interning tables. */
  private final LongCsvCells cells;
  /** The groups, in order of first appearance: their city, assessor and date (indexes here), and answers. */
  private final ScanGroups groups;
  private final GroupAnswers answers;
  /**
   * True once a row of this part has a URL or note cell that is not empty (an empty quoted field counts): only
   * then does {@link LongCsvTexts} read the file again for them.
   */
  private boolean texts;

  LongCsvScan(InputStream in, long base, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead, AtomicLong read, boolean reports) {
    this(new CsvByteRecords(in, base, format, bytesRead, read, reports), instrument, codes, format, layout);
  }

  private LongCsvScan(CsvByteRecords records, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout) {
    this.records = records;
    this.instrument = instrument;
    this.codes = codes;
    this.format = format;
    this.layout = layout;
    this.cells = new LongCsvCells(instrument, codes);
    this.groups = new ScanGroups(instrument.size());
    this.answers = groups.answers();
  }

  /** A scanner of a later part, starting at {@code from}, with this scanner's header. */
  LongCsvScan part(InputStream partIn, long from) {
    LongCsvScan p = new LongCsvScan(records.part(partIn, from), instrument, codes, format, layout);
    p.headerWidth = headerWidth;
    p.cCity = cCity;
    p.cAssessor = cAssessor;
    p.cIndicator = cIndicator;
    p.cValue = cValue;
    p.cChannel = cChannel;
    p.cUrl = cUrl;
    p.cNote = cNote;
    p.cDate = cDate;
    p.cInstrument = cInstrument;
    p.cities = cities.part();
    return p;
  }

  /**
   * Reads the long-layout CSV {@code in} (not closed) into packed answers, or returns null when the input
   * needs the general reader (see the class comment); {@code bytesRead} hears the bytes read so far.
   */
  static PackedAssessments scan(InputStream in, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead) throws IOException {
    if (!format.encoding().equals(StandardCharsets.UTF_8) || layout == AssessmentLayout.WIDE) {
      return null;
    }
    LongCsvScan s = new LongCsvScan(in, 0, instrument, codes, format, layout, bytesRead, new AtomicLong(), true);
    try {
      s.start();
      s.rows();
      return merge(instrument, codes, List.of(s));
    } catch (Unhandled u) {
      return null;
    }
  }

  /** Reads the byte order mark (a UTF-16 one hands the file on) and the header. */
  void start() throws IOException, Unhandled {
    records.header();
    header();
    headerWidth = records.width;
  }

  /** The offset of the first record after the header, once {@link #start()} has read it. */
  long dataStart() {
    return records.base + records.pos;
  }

  /** Ends this part's records at {@code end}, where the next part starts (just after a line feed). */
  void endAt(long end) {
    records.end = end;
  }

  /** Reads the records of this part. */
  void rows() throws IOException, Unhandled {
    while (records.next()) {
      if (records.width != headerWidth) {
        throw UNHANDLED;
      }
      row();
    }
  }

  private void header() throws Unhandled {
    int width = records.width;
    List<String> unquoted = new ArrayList<>();
    Map<String, Integer> cols = new HashMap<>();
    for (int f = 0; f < width; f++) {
      String name = records.raw(f);
      unquoted.add(name);
      if (cols.putIfAbsent(FormulaGuard.restore(name), f) != null) {
        throw UNHANDLED;
      }
    }
    if (width > format.maxColumns() || (layout == AssessmentLayout.AUTO
        && AssessmentTables.detect(unquoted) != AssessmentLayout.LONG)
        || !cols.keySet().containsAll(AssessmentColumns.LONG_REQUIRED)
        || !AssessmentColumns.LONG_COLUMNS.containsAll(cols.keySet())) {
      throw UNHANDLED;
    }
    cCity = cols.get(CITY_ID);
    cAssessor = cols.get(ASSESSOR);
    cIndicator = cols.get(INDICATOR);
    cValue = cols.get(VALUE);
    cChannel = cols.getOrDefault(EVIDENCE_CHANNEL, -1);
    cUrl = cols.getOrDefault(EVIDENCE_URL, -1);
    cNote = cols.getOrDefault(NOTE, -1);
    cDate = cols.getOrDefault(DATE, -1);
    cInstrument = cols.getOrDefault(INSTRUMENT, -1);
    int[] cityCols = new int[LongCsvCities.FIELDS];
    cityCols[0] = cols.get(CITY_NAME);
    cityCols[1] = cols.get(COUNTRY);
    cityCols[2] = cols.getOrDefault(SIZE_CLASS, -1);
    cityCols[3] = cols.getOrDefault(REGION, -1);
    cityCols[4] = cols.getOrDefault(POPULATION, -1);
    cities = new LongCsvCities(codes, cCity, cityCols);
  }

  private void row() throws Unhandled {
    CsvByteRecords r = records;
    int city = cities.of(r);
    int assessor = cells.assessor(r, cAssessor);
    int position = cells.position(r, cIndicator);
    Answer answer = cells.answer(r, cValue);
    if (cInstrument >= 0) {
      cells.instrument(r, cInstrument);
    }
    int date = cDate >= 0 ? cells.date(r, cDate) : 0;
    int mask = cChannel >= 0 ? cells.channels(r, cChannel) : 0;
    // every other cell is decoded strictly when new, or compared with bytes that were: only these two are
    // checked on each row (usually empty, so at no cost)
    r.checkText(cUrl);
    r.checkText(cNote);
    texts = texts || cUrl >= 0 && !r.isEmpty(cUrl) || cNote >= 0 && !r.isEmpty(cNote);
    if (!answers.putNew(group(city, assessor, date), position, PackedAnswers.pack(answer, mask))) {
      throw UNHANDLED; // a duplicate row
    }
  }

  /** The group of a city, assessor and date, started in order of first appearance. */
  private int group(int city, int assessor, int date) throws Unhandled {
    if (assessor >= 1 << 16 || date >= 1 << 16) {
      throw UNHANDLED;
    }
    return groups.group(city, assessor, date);
  }

  /**
   * The packed answers of the parts, in part order: cities, assessors and dates are matched across parts by
   * their text (a city also by its first row's bytes: id and cells), and groups by city, assessor and date,
   * in order of first appearance in the file. So the groups, their order and their answers are those of one
   * scan of the whole file; what one scan would hand on (a city spelt two ways, a duplicate answer) is
   * handed on here too.
   */
  static PackedAssessments merge(Instrument instrument, IndicatorCodes codes, List<LongCsvScan> parts)
      throws Unhandled {
    LongCsvScan all = parts.get(0);
    boolean texts = false;
    for (LongCsvScan p : parts) {
      p.cities.rowsRead();
      texts |= p.texts;
    }
    for (int k = 1; k < parts.size(); k++) {
      LongCsvScan p = parts.get(k);
      all.cities.reserve(p.cities);
      int[] cityOf = new int[p.cities.list.size()];
      for (int c = 0; c < cityOf.length; c++) {
        cityOf[c] = all.cities.merge(p.cities, c);
      }
      int[] assessorOf = indexes(p.cells.assessors, 0, all.cells.assessors, all.cells.assessorIndex);
      int[] dateOf = indexes(p.cells.dates, 1, all.cells.dates, all.cells.dateIndex);
      for (int g = 0; g < p.groups.count(); g++) {
        int city = cityOf[p.groups.city(g)];
        int assessor = assessorOf[p.groups.assessor(g)];
        int date = dateOf[p.groups.date(g)];
        int ours = all.group(city, assessor, date);
        if (all.answers.isEmpty(ours)) {
          all.answers.copyNew(ours, p.answers, g); // a group of this part alone (or none answered before)
          continue;
        }
        p.answers.forEach(g, (position, answer) -> {
          if (!all.answers.putNew(ours, position, answer)) {
            throw UNHANDLED; // a duplicate row
          }
        });
      }
      parts.set(k, null); // release the part
    }
    PackedAssessments packed = new PackedAssessments(instrument, all.answers);
    packed.texts = texts;
    for (int g = 0; g < all.groups.count(); g++) {
      packed.addGroup(all.cities.list.get(all.groups.city(g)), codes.instrumentId(),
          all.cells.assessors.get(all.groups.assessor(g)), all.cells.dates.get(all.groups.date(g)));
    }
    return packed;
  }

  /** The index in {@code list} of each of {@code theirs} from {@code from} on, adding those not yet in it. */
  private static <T> int[] indexes(List<T> theirs, int from, List<T> list, Map<T, Integer> index) {
    int[] out = new int[theirs.size()];
    for (int i = from; i < out.length; i++) {
      T value = theirs.get(i);
      Integer known = index.get(value);
      if (known == null) {
        known = list.size();
        list.add(value);
        index.put(value, known);
      }
      out[i] = known;
    }
    return out;
  }
}
