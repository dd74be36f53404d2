package dev.losi.stats.io;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pretty-printed JSON writer of the statistics documents: one value at a time into a char buffer,
 * handed to a {@link Writer} when full (or kept, for a text). It writes the text that jackson-core's
 * streaming generator writes with the printer the documents always had ({@code DefaultPrettyPrinter} with a
 * two-space, LF object indenter), which the tests run as the second implementation ({@code JsonOutProperties},
 * {@code JsonTextProperties}):
 *
 * <ul>
 *   <li>an object's entries each on a line of their own, indented two spaces per enclosing object, as
 *       {@code "name" : value}, separated by {@code ","}; an empty object is {@code { }};
 *   <li>an array on one line, {@code [ a, b ]}; an empty one is {@code [ ]} (arrays add no indent);
 *   <li>strings and names quoted, with {@code "} and {@code \} escaped by a backslash, the control characters
 *       below U+0020 as {@code \b \t \n \f \r} or &#92;u00XX (upper-case hex), every other character as
 *       it is;
 *   <li>integers in decimal; doubles as the shortest decimal that reads back to the same double, in the form of
 *       {@link Double#toString(double)} (through {@link JsonNumbers}: the same text on every Java version), and
 *       floats the same way ({@link Float#toString(float)}'s form); a non-finite one as the string
 *       {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}.
 * </ul>
 *
 * <p>Jackson's generator, the earlier writer, spent most of its time on what this one does not have to
 * do (a write context and a pretty printer consulted per value, each string copied and scanned in a
 * second buffer); measured in {@code docs/performance.md}. A misuse (a value where a name is due, an end
 * that closes nothing) is an {@link IllegalStateException}. Not thread-safe: one document per instance.
 */
final class JsonOut {

  /** The escape of each character below 128: 0 none, 'u' as &#92;u00XX, else the letter after the backslash. */
  private static final byte[] ESCAPES = new byte[128];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final char[] COLON = {' ', ':', ' '};
  private static final char[] NULL = "null".toCharArray();
  private static final char[] TRUE = "true".toCharArray();
  private static final char[] FALSE = "false".toCharArray();

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private final Writer sink;
  private char[] buf;
  private int pos;
  /** Per open container (index 1 up): whether it is an object, and how many entries or values it has. */
  private boolean[] object = new boolean[16];
  private int[] count = new int[16];
  private int depth;
  /** Open objects: the indent of an entry is two spaces each. */
  private int objects;
  /** A name is written and waits for its value. */
  private boolean named;
  private boolean rootWritten;
  private char[] spaces = new char[64];
  /** For a {@link #continuation}: the depth of the object it continues (0 for none), and its count there then. */
  private int start;
  private int startCount;

  /**
   * A writer that hands its text to {@code sink} a buffer at a time (see {@link #flush()}), or, with a null
   * sink, keeps it all for {@link #text()}.
   */
  JsonOut(Writer sink, int bufferChars) {
    this.sink = sink;
    this.buf = new char[Math.max(16, bufferChars)];
    Arrays.fill(spaces, ' ');
  }

  /** Hands what the buffer holds to the sink (not flushing the sink itself). */
  void flush() throws IOException {
    if (sink != null && pos > 0) {
      sink.write(buf, 0, pos);
      pos = 0;
    }
  }

  /** The text written so far, with a null sink. */
  String text() {
    return new String(buf, 0, pos);
  }

  /** Whether one whole value is written: every container closed. */
  boolean complete() {
    return rootWritten && depth == 0;
  }

  /**
   * A writer for the entries of the innermost object, or the values of the innermost array, that follow those
   * this writer writes next: it starts in this writer's open containers as if one more entry or value had been
   * written in that container, and its text goes to {@code sink}. Once this writer has written at least one more
   * entry or value there, {@link #append} adds the continuation's text and takes over its state, and the whole is
   * the text one writer would have written. The two may be used on different threads (each by one).
   *
   * @throws IllegalStateException when this writer is not between the entries of an object or the values of an
   *     array (outside any container, or after a name)
   */
  JsonOut continuation(Writer sink) {
    if (depth == 0 || named) {
      throw new IllegalStateException("a continuation starts between the entries of an object or an array's values");
    }
    JsonOut c = new JsonOut(sink, buf.length);
    c.object = object.clone();
    c.count = count.clone();
    c.depth = depth;
    c.objects = objects;
    c.rootWritten = true;
    c.count[depth]++; // the entry this writer writes before it
    c.start = depth;
    c.startCount = c.count[depth];
    return c;
  }

  /**
   * Adds the text of {@code c}, a {@link #continuation} of this writer whose text went to {@code written}
   * (flushed into it here), after this writer's own.
   *
   * @throws IllegalStateException when either writer is not back in the container the continuation started in,
   *     or this one wrote no entry or value there since
   */
  void append(JsonOut c, Chunks written) throws IOException {
    if (c.start == 0 || depth != c.start || c.depth != c.start || named || c.named || count[depth] == 0) {
      throw new IllegalStateException("a continuation is appended in the container it started in, after an entry");
    }
    c.flush();
    for (String chunk : written.chunks) {
      // through this writer's buffer: Writer.write(String) of an OutputStreamWriter copies the string into a
      // new char array per call (a chunk's length), the largest garbage of the review document's write
      raw(chunk);
    }
    count[depth] += c.count[depth] - c.startCount;
  }

  /**
   * Where a {@link #continuation} writes: the characters it hands over, kept a chunk at a time as strings (which
   * hold text below U+0100 in a byte a character, so a JSON document of ASCII text takes half the memory of
   * chars).
   */
  static final class Chunks extends Writer {
    private final List<String> chunks = new ArrayList<>();

    @Override
    public void write(char[] cs, int off, int len) {
      chunks.add(new String(cs, off, len));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Makes room for {@code n} more characters. */
  private void room(int n) throws IOException {
    if (pos + n > buf.length) {
      flush();
      if (pos + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
      }
    }
  }

  private void put(char[] cs) throws IOException {
    room(cs.length);
    System.arraycopy(cs, 0, buf, pos, cs.length);
    pos += cs.length;
  }

  /** What comes before a value: its separator in an array; a name must precede it in an object. */
  private void beforeValue() throws IOException {
    if (depth == 0) {
      if (rootWritten) {
        throw new IllegalStateException("a JSON document holds one value");
      }
      rootWritten = true;
    } else if (object[depth]) {
      if (!named) {
        throw new IllegalStateException("a value in an object needs its name first");
      }
      named = false;
    } else {
      room(2);
      if (count[depth]++ > 0) {
        buf[pos++] = ',';
      }
      buf[pos++] = ' ';
    }
  }

  /** A line break and the indent of {@code level} objects. */
  private void newline(int level) throws IOException {
    int n = 2 * level;
    if (n > spaces.length) {
      spaces = new char[2 * n];
      Arrays.fill(spaces, ' ');
    }
    room(n + 1);
    buf[pos++] = '\n';
    System.arraycopy(spaces, 0, buf, pos, n);
    pos += n;
  }

  private void push(boolean isObject) {
    if (++depth == object.length) {
      object = Arrays.copyOf(object, 2 * depth);
      count = Arrays.copyOf(count, 2 * depth);
    }
    object[depth] = isObject;
    count[depth] = 0;
  }

  private void pop(boolean isObject) {
    if (depth == 0 || object[depth] != isObject || named) {
      throw new IllegalStateException(named ? "a name waits for its value" : "no open " + (isObject ? "object" : "array"));
    }
    depth--;
  }

  /** The line break after a document (outside any value). */
  void writeRawLineBreak() throws IOException {
    room(1);
    buf[pos++] = '\n';
  }

  /** Opens an object. */
  void writeStartObject() throws IOException {
    beforeValue();
    push(true);
    objects++;
    room(1);
    buf[pos++] = '{';
  }

  /** Closes the innermost object. */
  void writeEndObject() throws IOException {
    int entries = depth == 0 ? 0 : count[depth];
    pop(true);
    objects--;
    if (entries > 0) {
      newline(objects);
    } else {
      room(1);
      buf[pos++] = ' ';
    }
    room(1);
    buf[pos++] = '}';
  }

  /** Opens an array. */
  void writeStartArray() throws IOException {
    beforeValue();
    push(false);
    room(1);
    buf[pos++] = '[';
  }

  /** Closes the innermost array. */
  void writeEndArray() throws IOException {
    pop(false);
    room(2);
    buf[pos++] = ' ';
    buf[pos++] = ']';
  }

  /** The name of the next entry of the innermost object. */
  void writeFieldName(String name) throws IOException {
    if (depth == 0 || !object[depth] || named) {
      throw new IllegalStateException("a name belongs in an object, before a value: " + name);
    }
    if (count[depth]++ > 0) {
      room(1);
      buf[pos++] = ',';
    }
    newline(objects);
    quoted(name);
    put(COLON);
    named = true;
  }

  /** A string, or null. */
  void writeString(String s) throws IOException {
    if (s == null) {
      writeNull();
      return;
    }
    beforeValue();
    quoted(s);
  }

  /** {@code null}. */
  void writeNull() throws IOException {
    beforeValue();
    put(NULL);
  }

  /** {@code true} or {@code false}. */
  void writeBoolean(boolean b) throws IOException {
    beforeValue();
    put(b ? TRUE : FALSE);
  }

  /** An integer in decimal. */
  void writeNumber(long v) throws IOException {
    beforeValue();
    room(20);
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        raw("-9223372036854775808");
        return;
      }
      buf[pos++] = '-';
      v = -v;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) {
      digits++;
    }
    int end = pos + digits;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
    pos = end;
  }

  /** A double as its shortest decimal ({@link JsonNumbers}); a non-finite one as its name in a string. */
  void writeNumber(double x) throws IOException {
    if (!Double.isFinite(x)) {
      writeString(Double.toString(x));
      return;
    }
    beforeValue();
    raw(JsonNumbers.text(x));
  }

  /**
   * A float as its shortest decimal, in the form of {@link Float#toString(float)} (jackson-core's Schubfach
   * conversion, as for doubles); a non-finite one as its name in a string.
   */
  void writeNumber(float x) throws IOException {
    if (!Float.isFinite(x)) {
      writeString(Float.toString(x));
      return;
    }
    beforeValue();
    raw(NumberOutput.toString(x, true));
  }

  /** {@code name} and an object opened. */
  void writeObjectFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartObject();
  }

  /** {@code name} and an array opened. */
  void writeArrayFieldStart(String name) throws IOException {
    writeFieldName(name);
    writeStartArray();
  }

  /** {@code name: s}, null when {@code s} is. */
  void writeStringField(String name, String s) throws IOException {
    writeFieldName(name);
    writeString(s);
  }

  /** {@code name: v}. */
  void writeNumberField(String name, long v) throws IOException {
    writeFieldName(name);
    writeNumber(v);
  }

  /** {@code name: x}, as {@link #writeNumber(double)}. */
  void writeNumberField(String name, double x) throws IOException {
    writeFieldName(name);
    writeNumber(x);
  }

  /** {@code name: b}. */
  void writeBooleanField(String name, boolean b) throws IOException {
    writeFieldName(name);
    writeBoolean(b);
  }

  /** {@code name: null}. */
  void writeNullField(String name) throws IOException {
    writeFieldName(name);
    writeNull();
  }

  /** Text that needs no escape, as it is (the digits of a number). */
  private void raw(String s) throws IOException {
    int n = s.length();
    room(n);
    s.getChars(0, n, buf, pos);
    pos += n;
  }

  /**
   * {@code s} in quotes, escaped: copied whole, then, from the first character that needs an escape (if any),
   * written again a character at a time.
   */
  private void quoted(String s) throws IOException {
    int n = s.length();
    room(n + 2);
    buf[pos++] = '"';
    s.getChars(0, n, buf, pos);
    int end = pos + n;
    int i = firstEscape(buf, pos, end);
    if (i == end) {
      pos = end;
      buf[pos++] = '"';
      return;
    }
    int from = i - pos;
    pos = i;
    for (int k = from; k < n; k++) {
      char c = s.charAt(k);
      int e = c < 128 ? ESCAPES[c] : 0;
      if (e == 0) {
        room(1);
        buf[pos++] = c;
      } else if (e == 'u') {
        room(6);
        buf[pos++] = '\\';
        buf[pos++] = 'u';
        buf[pos++] = '0';
        buf[pos++] = '0';
        buf[pos++] = HEX[c >> 4];
        buf[pos++] = HEX[c & 0xF];
      } else {
        room(2);
        buf[pos++] = '\\';
        buf[pos++] = (char) e;
      }
    }
    room(1);
    buf[pos++] = '"';
  }

  /**
   * The index of the first character of {@code cs[from, to)} that needs an escape, or {@code to}: its own method,
   * so that the client compiler keeps the array in a register for the loop.
   */
  private static int firstEscape(char[] cs, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = cs[i];
      if (c < 128 && ESCAPES[c] != 0) {
        return i;
      }
    }
    return to;
  }
}
