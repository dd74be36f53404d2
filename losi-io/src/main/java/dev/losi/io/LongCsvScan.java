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

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.io.internal.ByteKeys;
import dev.losi.io.internal.CsvParser;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * The byte-level fast path of {@link Assessments.Reader#score}: a long-layout UTF-8 CSV file read straight
 * from bytes into {@link PackedAssessments}, with no object and no string per row. Every cell is looked up
 * by its bytes in an interning table ({@link ByteKeys}); only a value met for the first time is decoded
 * (strictly, as UTF-8), checked by the same rules as {@link AssessmentCells} and remembered. A city's cells
 * on its later rows are compared byte for byte with its first row's.
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
 * which is file order ({@link LongCsvParts#merge}). A city met in two parts must be spelt byte for byte the
 * same in both (as a city's later rows must be within one part), and an answer given in two parts is a
 * duplicate; either hands the file on. A cut that falls inside
 * a quoted field cannot go unnoticed: the field then holds a line break, which hands the file on.
 *
 * <p>Memory: per part, the interning tables (one entry per distinct city, assessor, indicator, value,
 * channel list and date), each city's first-row cells, and the packed answers; nothing grows with the
 * number of rows.
 */
final class LongCsvScan {

  /** The input needs the general reader. Thrown without a stack trace. */
  static final class Unhandled extends Exception {
    private static final long serialVersionUID = 1L;

    Unhandled() {
      super(null, null, false, false);
    }
  }

  static final Unhandled UNHANDLED = new Unhandled();
  private static final int BUFFER = 1 << 20;
  private static final int CITY_FIELDS = 5;
  /** The longest first line (bytes) whose delimiter is detected here: well within CsvParser's buffer. */
  private static final int HEADER_LIMIT = 16 * 1024;

  /** Parts are at least this long (bytes): a smaller file is read in one part. */
  static final long MIN_PART = 4L << 20;
  /** How far after a planned cut a line feed is looked for (bytes); the cut is dropped when there is none. */
  static final int CUT_SEARCH = 64 * 1024;

  private final InputStream in;
  private final Instrument instrument;
  private final IndicatorCodes codes;
  private final CsvFormat format;
  private final AssessmentLayout layout;
  private final LongConsumer bytesRead;
  /** The bytes read by all parts, for {@code bytesRead}; only the first part reports. */
  private final AtomicLong read;
  private final boolean reports;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] buf = new byte[BUFFER];
  int pos;
  private int lim;
  private boolean eof;
  /** The offset in the file of {@code buf[0]}. */
  long base;
  /** Records that start at or after this offset belong to the next part. */
  long end = Long.MAX_VALUE;
  private int headerWidth;
  private byte delimiter;
  /** Bytes that end an unquoted field: the delimiter, CR, LF, a quote, NUL. */
  private final boolean[] stop = new boolean[256];

  /** The current record: raw field bounds (quotes included), count, and the OR of its bytes. */
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private int width;
  private int bits;
  private int quotedBits;

  private int cCity;
  private int cAssessor;
  private int cIndicator;
  private int cValue;
  private int cChannel;
  private int cUrl;
  private int cNote;
  private int cDate;
  private int cInstrument;
  /** The city cell columns compared across a city's rows: name, country, size class, region, population. */
  private final int[] cityCols = new int[CITY_FIELDS];

  /** The city ids met, by their bytes; dropped once the rows are read (the merge matches cities by text). */
  ByteKeys cityIds = new ByteKeys();
  final List<City> cities = new ArrayList<>();
  private final Map<String, Integer> cityIndex = new HashMap<>();
  /** Each city's first-row cells as bytes: its id, then the {@link #cityCols} cells. */
  private byte[] cityPool = new byte[4096];
  private int cityPoolSize;
  /** Per city, {@value #CITY_STRIDE} ints: its offset in {@link #cityPool}, its id's length, its cells' lengths. */
  private int[] cityCells = new int[64 * CITY_STRIDE];
  private static final int CITY_STRIDE = CITY_FIELDS + 2;

  /** Country, size class and region texts met so far, each kept once (up to {@link #SHARED_CELLS} of them). */
  private final Map<String, String> sharedCells = new HashMap<>();
  private static final int SHARED_CELLS = 4096;

  private final ByteKeys assessorKeys = new ByteKeys();
  private int[] assessorOf = new int[16];
  final Map<String, Integer> assessorIndex = new LinkedHashMap<>();
  final List<String> assessors = new ArrayList<>();

  private final ByteKeys indicatorKeys = new ByteKeys();
  private int[] positionOf = new int[128];
  private final ByteKeys valueKeys = new ByteKeys();
  private Answer[] answerOf = new Answer[8];
  private final ByteKeys channelKeys = new ByteKeys();
  private int[] maskOf = new int[16];
  private final ByteKeys instrumentKeys = new ByteKeys();
  private final ByteKeys dateKeys = new ByteKeys();
  private int[] dateOf = new int[16];
  final Map<LocalDate, Integer> dateIndex = new HashMap<>();
  final List<LocalDate> dates = new ArrayList<>();

  /** The groups, in order of first appearance: their city, assessor and date (indexes here), and answers. */
  final ScanGroups groups;
  final GroupAnswers answers;

  LongCsvScan(InputStream in, long base, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead, AtomicLong read, boolean reports) {
    this.in = in;
    this.base = base;
    this.instrument = instrument;
    this.codes = codes;
    this.format = format;
    this.layout = layout;
    this.bytesRead = bytesRead;
    this.read = read;
    this.reports = reports;
    this.groups = new ScanGroups(instrument.size());
    this.answers = groups.answers();
    dates.add(null);
  }

  /** A scanner of a later part, starting at {@code from}, with this scanner's header. */
  LongCsvScan part(InputStream partIn, long from) {
    LongCsvScan p = new LongCsvScan(partIn, from, instrument, codes, format, layout, bytesRead, read, false);
    p.headerWidth = headerWidth;
    p.delimiter = delimiter;
    System.arraycopy(stop, 0, p.stop, 0, stop.length);
    p.cCity = cCity;
    p.cAssessor = cAssessor;
    p.cIndicator = cIndicator;
    p.cValue = cValue;
    p.cChannel = cChannel;
    p.cUrl = cUrl;
    p.cNote = cNote;
    p.cDate = cDate;
    p.cInstrument = cInstrument;
    System.arraycopy(cityCols, 0, p.cityCols, 0, CITY_FIELDS);
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
      return LongCsvParts.merge(instrument, codes, List.of(s));
    } catch (Unhandled u) {
      return null;
    }
  }

  /** Reads the byte order mark (a UTF-16 one hands the file on) and the header. */
  void start() throws IOException, Unhandled {
    fill();
    if (lim >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw UNHANDLED;
    }
    if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    header();
    headerWidth = width;
  }

  /** Reads the records of this part. */
  void rows() throws IOException, Unhandled {
    while (next()) {
      if (width != headerWidth) {
        throw UNHANDLED;
      }
      row();
    }
  }

  // ---- the bytes

  /** Reads more bytes after {@code lim}, keeping {@code buf[pos, lim)}; false at the end of the input. */
  private boolean fill() throws IOException, Unhandled {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      base += pos;
      pos = 0;
    }
    if (lim == buf.length) {
      if (buf.length >= format.maxRecordChars()) {
        throw UNHANDLED; // a record this long is for the general reader to judge
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    long total = read.addAndGet(n);
    if (reports) {
      bytesRead.accept(total);
    }
    return true;
  }

  /** Reads the next record into the field bounds; false at the end. Empty lines are skipped. */
  private boolean next() throws IOException, Unhandled {
    while (true) {
      while (pos < lim && (buf[pos] == '\n' || buf[pos] == '\r')) {
        pos++;
      }
      if (pos == lim) {
        // the buffer ended after line ends: read on, and skip any line ends that the new bytes begin with
        // (a part starting at an empty line, or a buffer refilled just before one)
        if (!fill()) {
          return false;
        }
        continue;
      }
      if (base + pos >= end) {
        return false; // the next part's
      }
      int after = record(pos);
      if (after >= 0) {
        if (after - pos >= format.maxRecordChars()) {
          throw UNHANDLED;
        }
        pos = after;
        return true;
      }
      int before = lim - pos;
      fill();
      if (lim - pos == before && !eof) {
        throw UNHANDLED;
      }
    }
  }

  /**
   * Splits the record starting at {@code from} into fields; the position after it (after its line end), or
   * -1 when the buffer ends before the record does and more input may follow.
   */
  private int record(int from) throws Unhandled {
    int i = from;
    int n = 0;
    int or = 0;
    quotedBits = 0;
    while (true) {
      if (n == starts.length) {
        if (n >= format.maxColumns()) {
          throw UNHANDLED;
        }
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      starts[n] = i;
      if (i < lim && buf[i] == '"') {
        i = quoted(i + 1);
        if (i < 0) {
          return -1;
        }
      } else {
        while (i < lim && !stop[buf[i] & 0xFF]) {
          or |= buf[i];
          i++;
        }
      }
      ends[n++] = i;
      if (i >= lim) {
        if (!eof) {
          return -1;
        }
        width = n;
        bits = or | quotedBits;
        return i;
      }
      byte b = buf[i];
      if (b == delimiter) {
        i++;
        continue;
      }
      if (b == '\n' || b == '\r') {
        width = n;
        bits = or | quotedBits;
        return i + 1;
      }
      throw UNHANDLED; // a quote inside an unquoted field, text after a closing quote, or NUL
    }
  }

  /** The end of a quoted field whose text starts at {@code i} (after the closing quote), or -1 for more input. */
  private int quoted(int i) throws Unhandled {
    while (true) {
      if (i >= lim) {
        if (eof) {
          throw UNHANDLED; // not closed
        }
        return -1;
      }
      byte b = buf[i];
      if (b == '"') {
        if (i + 1 >= lim && !eof) {
          return -1;
        }
        if (i + 1 < lim && buf[i + 1] == '"') {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (b == '\n' || b == '\r' || b == 0) {
        throw UNHANDLED;
      }
      quotedBits |= b;
      i++;
    }
  }

  /** The text of field {@code f}: decoded strictly, unquoted, un-neutralised (as {@link Cells#text}). */
  private String text(int f) throws Unhandled {
    return FormulaGuard.restore(raw(f));
  }

  /** The text of field {@code f} decoded strictly and unquoted. */
  private String raw(int f) throws Unhandled {
    String s;
    try {
      s = utf8.decode(ByteBuffer.wrap(buf, starts[f], ends[f] - starts[f])).toString();
    } catch (CharacterCodingException e) {
      throw UNHANDLED;
    }
    if (s.startsWith("\"")) {
      s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  // ---- the header

  private void header() throws IOException, Unhandled {
    delimiter = (byte) format.delimiter();
    if (delimiter == 0) {
      delimiter = detect();
    }
    stop[delimiter & 0xFF] = true;
    stop['\n'] = true;
    stop['\r'] = true;
    stop['"'] = true;
    stop[0] = true;
    if (!next()) {
      throw UNHANDLED;
    }
    List<String> unquoted = new ArrayList<>();
    Map<String, Integer> cols = new HashMap<>();
    for (int f = 0; f < width; f++) {
      String name = raw(f);
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
    cityCols[0] = cols.get(CITY_NAME);
    cityCols[1] = cols.get(COUNTRY);
    cityCols[2] = cols.getOrDefault(SIZE_CLASS, -1);
    cityCols[3] = cols.getOrDefault(REGION, -1);
    cityCols[4] = cols.getOrDefault(POPULATION, -1);
  }

  /**
   * The delimiter of the first non-empty line, as {@code CsvParser} detects it: the one of comma and
   * semicolon that occurs more often outside quotes, comma on a tie.
   */
  private byte detect() throws IOException, Unhandled {
    while (indexOfLineEnd() < 0 && lim - pos < HEADER_LIMIT && fill()) {
      // read on until the first line is in the buffer
    }
    if (indexOfLineEnd() < 0 && lim - pos >= HEADER_LIMIT) {
      throw UNHANDLED; // CsvParser detects from as much of a long first line as fits its buffer
    }
    int from = pos;
    while (from < lim && (buf[from] == '\n' || buf[from] == '\r')) {
      from++;
    }
    // ISO-8859-1 maps each byte to one char: the ASCII delimiters, quotes and line ends stay what they are
    return (byte) CsvParser.delimiterOf(new String(buf, from, Math.min(lim - from, HEADER_LIMIT),
        StandardCharsets.ISO_8859_1));
  }

  /** The position of the end of the first non-empty line in the buffer (quotes considered), or -1. */
  private int indexOfLineEnd() {
    int from = pos;
    while (from < lim && (buf[from] == '\n' || buf[from] == '\r')) {
      from++;
    }
    // ISO-8859-1 maps each byte to one char: the quotes and line ends stay where they are
    int end = CsvParser.lineEnd(new String(buf, from, lim - from, StandardCharsets.ISO_8859_1), 0);
    return end < 0 ? -1 : from + end;
  }

  // ---- the rows

  private void row() throws Unhandled {
    int city = city();
    int assessor = lookup(assessorKeys, cAssessor);
    if (assessor < 0) {
      assessor = newAssessor();
    } else {
      assessor = assessorOf[assessor];
    }
    int position = lookup(indicatorKeys, cIndicator);
    position = position < 0 ? newIndicator() : positionOf[position];
    int value = lookup(valueKeys, cValue);
    Answer answer = value < 0 ? newValue() : answerOf[value];
    if (cInstrument >= 0 && lookup(instrumentKeys, cInstrument) < 0) {
      newInstrument();
    }
    int date = 0;
    if (cDate >= 0) {
      date = lookup(dateKeys, cDate);
      date = date < 0 ? newDate() : dateOf[date];
    }
    int mask = 0;
    if (cChannel >= 0) {
      mask = lookup(channelKeys, cChannel);
      mask = mask < 0 ? newChannels() : maskOf[mask];
    }
    if (bits < 0) {
      checkText(cUrl);
      checkText(cNote);
    }
    if (!answers.putNew(group(city, assessor, date), position, PackedAnswers.pack(answer, mask))) {
      throw UNHANDLED; // a duplicate row
    }
  }

  private int lookup(ByteKeys keys, int f) {
    return keys.find(buf, starts[f], ends[f]);
  }

  private int add(ByteKeys keys, int f) {
    return keys.add(buf, starts[f], ends[f]);
  }

  /** Checks that a free-text cell (URL, note) is valid UTF-8. */
  private void checkText(int f) throws Unhandled {
    if (f >= 0) {
      for (int i = starts[f]; i < ends[f]; i++) {
        if (buf[i] < 0) {
          raw(f);
          return;
        }
      }
    }
  }

  private int city() throws Unhandled {
    int id = lookup(cityIds, cCity);
    if (id < 0) {
      return newCity();
    }
    int at = id * CITY_STRIDE;
    int off = cityCells[at] + cityCells[at + 1];
    for (int k = 0; k < CITY_FIELDS; k++) {
      int col = cityCols[k];
      int len = cityCells[at + 2 + k];
      if (col < 0) {
        continue;
      }
      if (!Arrays.equals(cityPool, off, off + len, buf, starts[col], ends[col])) {
        throw UNHANDLED; // the general reader decides whether the cells differ
      }
      off += len;
    }
    return id;
  }

  private int newCity() throws Unhandled {
    String id = text(cCity);
    if (id.isBlank() || cityIndex.containsKey(id)) {
      throw UNHANDLED;
    }
    String[] cells = new String[CITY_FIELDS];
    for (int k = 0; k < CITY_FIELDS; k++) {
      cells[k] = cityCols[k] < 0 ? "" : text(cityCols[k]);
    }
    for (int k = 1; k <= 3; k++) { // country, size class, region: shared by many cities, kept once
      String known = sharedCells.get(cells[k]);
      if (known != null) {
        cells[k] = known;
      } else if (sharedCells.size() < SHARED_CELLS) {
        sharedCells.put(cells[k], cells[k]);
      }
    }
    OptionalLong population = OptionalLong.empty();
    if (!cells[4].isEmpty()) {
      population = AssessmentCells.population(cells[4]);
      if (population.isEmpty()) {
        throw UNHANDLED;
      }
    }
    City c;
    try {
      c = AssessmentCells.build(id, cells[0], cells[1], population, cells[2], cells[3]);
    } catch (LosiValidationException e) {
      throw UNHANDLED;
    }
    if (codes.countryProblem(c.country()) != null) {
      throw UNHANDLED; // not an ISO 3166-1 country here: the general reader names it
    }
    int index = add(cityIds, cCity);
    cities.add(c);
    cityIndex.put(id, index);
    int at = index * CITY_STRIDE;
    if (at + CITY_STRIDE > cityCells.length) {
      cityCells = Arrays.copyOf(cityCells, cityCells.length * 2);
    }
    cityCells[at] = cityPoolSize;
    cityCells[at + 1] = pool(cCity);
    for (int k = 0; k < CITY_FIELDS; k++) {
      cityCells[at + 2 + k] = cityCols[k] < 0 ? 0 : pool(cityCols[k]);
    }
    return index;
  }

  /** Appends field {@code f}'s bytes to {@link #cityPool}; their number. */
  private int pool(int f) {
    int len = ends[f] - starts[f];
    if (cityPoolSize + len > cityPool.length) {
      cityPool = Arrays.copyOf(cityPool, Math.max(cityPool.length * 2, cityPoolSize + len));
    }
    System.arraycopy(buf, starts[f], cityPool, cityPoolSize, len);
    cityPoolSize += len;
    return len;
  }

  private int newAssessor() throws Unhandled {
    String a = text(cAssessor);
    if (a.isBlank() || !a.equals(a.strip()) || a.chars().anyMatch(Character::isISOControl)) {
      throw UNHANDLED; // the last: an assessor id the assessment itself rejects when scored
    }
    Integer index = assessorIndex.get(a);
    if (index == null) {
      index = assessors.size();
      assessors.add(a);
      assessorIndex.put(a, index);
    }
    assessorOf = remember(assessorOf, add(assessorKeys, cAssessor), index);
    return index;
  }

  private int newIndicator() throws Unhandled {
    String code = text(cIndicator);
    int p = instrument.indexOf(code);
    if (p < 0 || !codes.has(code)) {
      throw UNHANDLED; // unknown, or a local indicator: kept as an object by the general reader
    }
    positionOf = remember(positionOf, add(indicatorKeys, cIndicator), p);
    return p;
  }

  private Answer newValue() throws Unhandled {
    Answer a = Answer.parse(text(cValue)).orElseThrow(() -> UNHANDLED);
    int key = add(valueKeys, cValue);
    if (key >= answerOf.length) {
      answerOf = Arrays.copyOf(answerOf, answerOf.length * 2);
    }
    answerOf[key] = a;
    return a;
  }

  private void newInstrument() throws Unhandled {
    String given = text(cInstrument);
    if (!given.isEmpty() && !given.equals(codes.instrumentId())) {
      throw UNHANDLED;
    }
    add(instrumentKeys, cInstrument);
  }

  private int newDate() throws Unhandled {
    String d = text(cDate);
    int index = 0;
    if (!d.isEmpty()) {
      LocalDate date;
      try {
        date = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw UNHANDLED;
      }
      Integer known = dateIndex.get(date);
      if (known == null) {
        known = dates.size();
        dates.add(date);
        dateIndex.put(date, known);
      }
      index = known;
    }
    dateOf = remember(dateOf, add(dateKeys, cDate), index);
    return index;
  }

  /** The channel mask of an evidence_channel cell, by the rules of {@link AssessmentCells.RowCheck#evidence}. */
  private int newChannels() throws Unhandled {
    String text = text(cChannel);
    int mask = 0;
    if (!text.isEmpty()) {
      Set<Channel> set = EnumSet.noneOf(Channel.class);
      for (String name : text.split("\\|", -1)) {
        Channel ch;
        try {
          ch = name.isEmpty() ? null : Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
          ch = null;
        }
        if (ch == null || !set.add(ch)) {
          throw UNHANDLED;
        }
      }
      mask = Channel.maskOf(set);
    }
    maskOf = remember(maskOf, add(channelKeys, cChannel), mask);
    return mask;
  }

  /** {@code a} (grown when {@code key} is past its end) with {@code value} at {@code key}: what a new key stands for. */
  private static int[] remember(int[] a, int key, int value) {
    int[] b = key < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, key + 1));
    b[key] = value;
    return b;
  }

  /** The group of a city, assessor and date, started in order of first appearance. */
  int group(int city, int assessor, int date) throws Unhandled {
    if (assessor >= 1 << 16 || date >= 1 << 16) {
      throw UNHANDLED;
    }
    return groups.group(city, assessor, date);
  }

  /** Makes room here for the cities of part {@code p}, once rather than by doubling. */
  void reserve(LongCsvScan p) {
    int cells = (cities.size() + p.cities.size()) * CITY_STRIDE;
    if (cells > cityCells.length) {
      cityCells = Arrays.copyOf(cityCells, cells);
    }
    if (cityPoolSize + p.cityPoolSize > cityPool.length) {
      cityPool = Arrays.copyOf(cityPool, cityPoolSize + p.cityPoolSize);
    }
  }

  /**
   * The index here of city {@code c} of part {@code p}, added when new; a city whose id or cells on its first
   * row are other bytes than its first row here hands the file on, as a later row of it would.
   */
  int mergeCity(LongCsvScan p, int c) throws Unhandled {
    City city = p.cities.get(c);
    Integer known = cityIndex.get(city.id());
    int theirs = c * CITY_STRIDE;
    int from = p.cityCells[theirs];
    int len = 0;
    for (int k = 1; k < CITY_STRIDE; k++) {
      len += p.cityCells[theirs + k];
    }
    if (known != null) {
      int at = known * CITY_STRIDE;
      if (!Arrays.equals(cityCells, at + 1, at + CITY_STRIDE, p.cityCells, theirs + 1, theirs + CITY_STRIDE)
          || !Arrays.equals(cityPool, cityCells[at], cityCells[at] + len, p.cityPool, from, from + len)) {
        throw UNHANDLED;
      }
      return known;
    }
    int index = cities.size();
    cities.add(city);
    cityIndex.put(city.id(), index);
    int at = index * CITY_STRIDE;
    if (at + CITY_STRIDE > cityCells.length) {
      cityCells = Arrays.copyOf(cityCells, Math.max(cityCells.length * 2, at + CITY_STRIDE));
    }
    if (cityPoolSize + len > cityPool.length) {
      cityPool = Arrays.copyOf(cityPool, Math.max(cityPool.length * 2, cityPoolSize + len));
    }
    System.arraycopy(p.cityPool, from, cityPool, cityPoolSize, len);
    cityCells[at] = cityPoolSize;
    System.arraycopy(p.cityCells, theirs + 1, cityCells, at + 1, CITY_STRIDE - 1);
    cityPoolSize += len;
    return index;
  }
}
