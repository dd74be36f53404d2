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
 * <p>Memory: the interning tables (one entry per distinct city, assessor, indicator, value, channel list
 * and date), each city's first-row cells, and the packed answers; nothing grows with the number of rows.
 */
final class LongCsvScan {

  /** The input needs the general reader. Thrown without a stack trace. */
  private static final class Unhandled extends Exception {
    private static final long serialVersionUID = 1L;

    Unhandled() {
      super(null, null, false, false);
    }
  }

  private static final Unhandled UNHANDLED = new Unhandled();
  private static final int BUFFER = 1 << 20;
  private static final int CITY_FIELDS = 5;
  /** The longest first line (bytes) whose delimiter is detected here: well within CsvParser's buffer. */
  private static final int HEADER_LIMIT = 16 * 1024;

  private final InputStream in;
  private final Instrument instrument;
  private final IndicatorCodes codes;
  private final CsvFormat format;
  private final AssessmentLayout layout;
  private final LongConsumer bytesRead;
  private final PackedAssessments packed;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int lim;
  private boolean eof;
  private long total;
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

  private final ByteKeys cityIds = new ByteKeys();
  private final List<City> cities = new ArrayList<>();
  private final Map<String, Integer> cityIndex = new HashMap<>();
  private byte[] cityPool = new byte[4096];
  private int cityPoolSize;
  private int[] cityCells = new int[64 * (CITY_FIELDS + 1)];

  private final ByteKeys assessorKeys = new ByteKeys();
  private int[] assessorOf = new int[16];
  private final Map<String, Integer> assessorIndex = new LinkedHashMap<>();
  private final List<String> assessors = new ArrayList<>();

  private final ByteKeys indicatorKeys = new ByteKeys();
  private int[] positionOf = new int[128];
  private final ByteKeys valueKeys = new ByteKeys();
  private Answer[] answerOf = new Answer[8];
  private final ByteKeys channelKeys = new ByteKeys();
  private int[] maskOf = new int[16];
  private final ByteKeys instrumentKeys = new ByteKeys();
  private final ByteKeys dateKeys = new ByteKeys();
  private int[] dateOf = new int[16];
  private final Map<LocalDate, Integer> dateIndex = new HashMap<>();
  private final List<LocalDate> dates = new ArrayList<>();

  private final GroupTable groups = new GroupTable();
  private final List<int[]> answers = new ArrayList<>();
  private int lastCity = -1;
  private int lastAssessor = -1;
  private int lastDate = -1;
  private int[] lastGroup;

  private LongCsvScan(InputStream in, Instrument instrument, IndicatorCodes codes, CsvFormat format,
      AssessmentLayout layout, LongConsumer bytesRead) {
    this.in = in;
    this.instrument = instrument;
    this.codes = codes;
    this.format = format;
    this.layout = layout;
    this.bytesRead = bytesRead;
    this.packed = new PackedAssessments(instrument);
    dates.add(null);
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
    LongCsvScan s = new LongCsvScan(in, instrument, codes, format, layout, bytesRead);
    try {
      s.run();
      return s.packed;
    } catch (Unhandled u) {
      return null;
    }
  }

  private void run() throws IOException, Unhandled {
    fill();
    if (lim >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
      throw UNHANDLED;
    }
    if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    header();
    int headerWidth = width;
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
    total += n;
    bytesRead.accept(total);
    return true;
  }

  /** Reads the next record into the field bounds; false at the end. Empty lines are skipped. */
  private boolean next() throws IOException, Unhandled {
    while (true) {
      while (pos < lim && (buf[pos] == '\n' || buf[pos] == '\r')) {
        pos++;
      }
      if (pos == lim && !fill()) {
        return false;
      }
      if (pos == lim) {
        continue;
      }
      int end = record(pos);
      if (end >= 0) {
        if (end - pos >= format.maxRecordChars()) {
          throw UNHANDLED;
        }
        pos = end;
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
    boolean quoted = false;
    boolean content = false;
    for (int i = pos; i < lim; i++) {
      byte c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          return i;
        }
        continue;
      }
      content = true;
    }
    return -1;
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
    int[] g = group(city, assessor, date);
    if (g[position] != PackedAssessments.NOT_GIVEN) {
      throw UNHANDLED; // a duplicate row
    }
    g[position] = PackedAnswers.pack(answer, mask);
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
    int at = id * (CITY_FIELDS + 1);
    int off = cityCells[at];
    for (int k = 0; k < CITY_FIELDS; k++) {
      int col = cityCols[k];
      int len = cityCells[at + 1 + k];
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
    int at = index * (CITY_FIELDS + 1);
    if (at + CITY_FIELDS + 1 > cityCells.length) {
      cityCells = Arrays.copyOf(cityCells, cityCells.length * 2);
    }
    cityCells[at] = cityPoolSize;
    for (int k = 0; k < CITY_FIELDS; k++) {
      int col = cityCols[k];
      int len = col < 0 ? 0 : ends[col] - starts[col];
      if (cityPoolSize + len > cityPool.length) {
        cityPool = Arrays.copyOf(cityPool, Math.max(cityPool.length * 2, cityPoolSize + len));
      }
      if (len > 0) {
        System.arraycopy(buf, starts[col], cityPool, cityPoolSize, len);
      }
      cityPoolSize += len;
      cityCells[at + 1 + k] = len;
    }
    return index;
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
    int key = add(assessorKeys, cAssessor);
    assessorOf = grown(assessorOf, key);
    assessorOf[key] = index;
    return index;
  }

  private int newIndicator() throws Unhandled {
    String code = text(cIndicator);
    int p = instrument.indexOf(code);
    if (p < 0 || !codes.has(code)) {
      throw UNHANDLED; // unknown, or a local indicator: kept as an object by the general reader
    }
    int key = add(indicatorKeys, cIndicator);
    positionOf = grown(positionOf, key);
    positionOf[key] = p;
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
    int key = add(dateKeys, cDate);
    dateOf = grown(dateOf, key);
    dateOf[key] = index;
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
    int key = add(channelKeys, cChannel);
    maskOf = grown(maskOf, key);
    maskOf[key] = mask;
    return mask;
  }

  private static int[] grown(int[] a, int index) {
    return index < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, index + 1));
  }

  /** The packed answers of a city, assessor and date, started in order of first appearance. */
  private int[] group(int city, int assessor, int date) throws Unhandled {
    if (city == lastCity && assessor == lastAssessor && date == lastDate) {
      return lastGroup;
    }
    if (assessor >= 1 << 16 || date >= 1 << 16) {
      throw UNHANDLED;
    }
    long key = (long) city << 32 | (long) assessor << 16 | date;
    int g = groups.get(key);
    if (g < 0) {
      g = answers.size();
      groups.put(key, g);
      answers.add(packed.newGroup(cities.get(city), codes.instrumentId(), assessors.get(assessor), dates.get(date)));
    }
    lastCity = city;
    lastAssessor = assessor;
    lastDate = date;
    lastGroup = answers.get(g);
    return lastGroup;
  }

  /** A map of non-negative long keys to int values, open addressing. */
  private static final class GroupTable {
    private long[] keys = filled(64);
    private int[] values = new int[64];
    private int size;

    private static long[] filled(int n) {
      long[] k = new long[n];
      Arrays.fill(k, -1);
      return k;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int s = slot(key, mask); ; s = (s + 1) & mask) {
        if (keys[s] == key) {
          return values[s];
        }
        if (keys[s] < 0) {
          return -1;
        }
      }
    }

    void put(long key, int value) {
      if (++size * 2 > keys.length) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = filled(oldKeys.length * 2);
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] >= 0) {
            insert(oldKeys[i], oldValues[i]);
          }
        }
      }
      insert(key, value);
    }

    private void insert(long key, int value) {
      int mask = keys.length - 1;
      int s = slot(key, mask);
      while (keys[s] >= 0) {
        s = (s + 1) & mask;
      }
      keys[s] = key;
      values[s] = value;
    }
  }
}
