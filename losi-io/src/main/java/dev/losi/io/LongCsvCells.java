package dev.losi.io;

import static dev.losi.io.Unhandled.UNHANDLED;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.Instrument;
import dev.losi.io.internal.ByteKeys;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of a byte-level scan's rows other than the city's ({@link LongCsvScan}): assessor, indicator,
 * value, evidence channels, instrument id and date. Each cell is looked up by its bytes in an interning table
 * ({@link ByteKeys}); only a value met for the first time is decoded strictly and checked by the rules of
 * {@link AssessmentCells}, and what it stands for (an assessor index, an indicator position, an answer, a
 * channel mask, a date index) is remembered by its key. Anything the general reader would report, or keep
 * as an object (a local indicator), hands the file on ({@link Unhandled}).
 *
 * <p>Not thread-safe: each part of a parallel scan has its own.
 */
final class LongCsvCells {

  private final Instrument instrument;
  private final IndicatorCodes codes;

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
  /** The dates met, by index; index 0 is no date (null). */
  final Map<LocalDate, Integer> dateIndex = new HashMap<>();
  final List<LocalDate> dates = new ArrayList<>();

  /** Cells of rows for {@code instrument}, whose indicator codes are {@code codes}. */
  LongCsvCells(Instrument instrument, IndicatorCodes codes) {
    this.instrument = instrument;
    this.codes = codes;
    dates.add(null);
  }

  /** Checks the instrument id of field {@code f}: empty, or this instrument's. */
  void instrument(CsvByteRecords r, int f) throws Unhandled {
    if (r.find(instrumentKeys, f) < 0) {
      String given = r.text(f);
      if (!given.isEmpty() && !given.equals(codes.instrumentId())) {
        throw UNHANDLED;
      }
      r.add(instrumentKeys, f);
    }
  }

  /** The assessor index of field {@code f} of the current record. */
  int assessor(CsvByteRecords r, int f) throws Unhandled {
    int key = r.find(assessorKeys, f);
    return key < 0 ? newAssessor(r, f) : assessorOf[key];
  }

  private int newAssessor(CsvByteRecords r, int f) throws Unhandled {
    String a = r.text(f);
    if (a.isBlank() || !a.equals(a.strip()) || a.chars().anyMatch(Character::isISOControl)) {
      throw UNHANDLED; // the last: an assessor id the assessment itself rejects when scored
    }
    Integer index = assessorIndex.get(a);
    if (index == null) {
      index = assessors.size();
      assessors.add(a);
      assessorIndex.put(a, index);
    }
    assessorOf = remember(assessorOf, r.add(assessorKeys, f), index);
    return index;
  }

  /** The indicator position (in the instrument) of field {@code f} of the current record. */
  int position(CsvByteRecords r, int f) throws Unhandled {
    int key = r.find(indicatorKeys, f);
    if (key >= 0) {
      return positionOf[key];
    }
    String code = r.text(f);
    int p = instrument.indexOf(code);
    if (p < 0 || !codes.has(code)) {
      throw UNHANDLED; // unknown, or a local indicator: kept as an object by the general reader
    }
    positionOf = remember(positionOf, r.add(indicatorKeys, f), p);
    return p;
  }

  /** The answer of field {@code f} of the current record. */
  Answer answer(CsvByteRecords r, int f) throws Unhandled {
    int key = r.find(valueKeys, f);
    return key < 0 ? newValue(r, f) : answerOf[key];
  }

  private Answer newValue(CsvByteRecords r, int f) throws Unhandled {
    Answer a = Answer.parse(r.text(f)).orElseThrow(() -> UNHANDLED);
    int key = r.add(valueKeys, f);
    if (key >= answerOf.length) {
      answerOf = Arrays.copyOf(answerOf, answerOf.length * 2);
    }
    answerOf[key] = a;
    return a;
  }

  /** The date index of field {@code f} of the current record (0 for an empty cell). */
  int date(CsvByteRecords r, int f) throws Unhandled {
    int key = r.find(dateKeys, f);
    if (key < 0) {
      String d = r.text(f);
      int index = d.isEmpty() ? 0 : dateIndex(d);
      key = r.add(dateKeys, f);
      dateOf = remember(dateOf, key, index);
    }
    return dateOf[key];
  }

  /** The index of the date {@code d} (ISO 8601), added when new. */
  private int dateIndex(String d) throws Unhandled {
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
    return known;
  }

  /** The channel mask of field {@code f} (an evidence_channel cell) of the current record. */
  int channels(CsvByteRecords r, int f) throws Unhandled {
    int key = r.find(channelKeys, f);
    return key < 0 ? newChannels(r, f) : maskOf[key];
  }

  /** The channel mask of an evidence_channel cell, by the rules of {@link AssessmentCells.RowCheck#evidence}. */
  private int newChannels(CsvByteRecords r, int f) throws Unhandled {
    String text = r.text(f);
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
    maskOf = remember(maskOf, r.add(channelKeys, f), mask);
    return mask;
  }

  /** {@code a} (grown when {@code key} is past its end) with {@code value} at {@code key}: what a new key stands for. */
  private static int[] remember(int[] a, int key, int value) {
    int[] b = key < a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, key + 1));
    b[key] = value;
    return b;
  }
}
