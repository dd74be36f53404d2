package dev.losi.io.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a workbook byte-reproducible (issue 15, item 27): the spreadsheet library stamps
 * {@code docProps/core.xml} with the wall-clock time in {@code dcterms:created}; this rewrites the
 * archive with that stamp set to {@link #timestamp()} and every entry's modification time set to the same
 * instant, entries in their original order, so two runs on the same input give the same bytes.
 *
 * <p>The instant is {@code SOURCE_DATE_EPOCH} (seconds since 1970-01-01T00:00:00Z, the
 * reproducible-builds.org convention) when that environment variable holds a whole number from
 * 315532800 (1980-01-01, the earliest time a zip entry can hold) on, else the fixed
 * {@value #FIXED_EPOCH_TEXT}.
 *
 * @since 0.1.0
 */
public final class ReproducibleZip {

  /** The default stamp, when {@code SOURCE_DATE_EPOCH} is not set. */
  public static final String FIXED_EPOCH_TEXT = "1980-01-01T00:00:00Z";
  private static final Instant FIXED = Instant.parse(FIXED_EPOCH_TEXT);
  private static final String CORE = "docProps/core.xml";
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:created xsi:type=\"dcterms:W3CDTF\">)[^<]*(</dcterms:created>)");
  private static final DateTimeFormatter W3CDTF =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  private ReproducibleZip() {}

  /** The instant written into every workbook: from {@code SOURCE_DATE_EPOCH}, else {@value #FIXED_EPOCH_TEXT}. */
  public static Instant timestamp() {
    return timestamp(System.getenv("SOURCE_DATE_EPOCH"));
  }

  /** The stamp for a given value of {@code SOURCE_DATE_EPOCH} (null when unset). */
  public static Instant timestamp(String sourceDateEpoch) {
    if (sourceDateEpoch != null && sourceDateEpoch.matches("[0-9]{1,12}")) {
      Instant t = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
      if (!t.isBefore(FIXED)) {
        return t;
      }
    }
    return FIXED;
  }

  /**
   * Copies the zip archive {@code zip} to {@code out} with the fixed stamp.
   *
   * @param zip a complete zip archive
   * @param out where the rewritten archive goes (not closed)
   */
  public static void rewrite(byte[] zip, OutputStream out) throws IOException {
    Instant when = timestamp();
    long millis = when.toEpochMilli();
    ZipOutputStream z = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    for (Entry e : entries(zip)) {
      byte[] data = e.data(zip);
      if (e.name.equals(CORE)) {
        Matcher m = CREATED.matcher(new String(data, StandardCharsets.UTF_8));
        data = m.replaceFirst("$1" + W3CDTF.format(when) + "$2").getBytes(StandardCharsets.UTF_8);
      }
      ZipEntry copy = new ZipEntry(e.name);
      copy.setTime(millis);
      z.putNextEntry(copy);
      z.write(data);
      z.closeEntry();
    }
    z.finish();
    z.flush();
  }

  /**
   * The entries of an archive, from its central directory (the spreadsheet library writes data
   * descriptors with 8-byte sizes, which {@link ZipInputStream} misreads), in directory order.
   */
  private static java.util.List<Entry> entries(byte[] zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
      if (b.getInt(i) == 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new IOException("not a zip archive: no end of central directory");
    }
    int count = Short.toUnsignedInt(b.getShort(eocd + 10));
    long at = Integer.toUnsignedLong(b.getInt(eocd + 16));
    java.util.List<Entry> list = new java.util.ArrayList<>();
    for (int n = 0; n < count; n++) {
      int p = Math.toIntExact(at);
      if (b.getInt(p) != 0x02014b50) {
        throw new IOException("damaged zip central directory at byte " + p);
      }
      int method = Short.toUnsignedInt(b.getShort(p + 10));
      long csize = Integer.toUnsignedLong(b.getInt(p + 20));
      long usize = Integer.toUnsignedLong(b.getInt(p + 24));
      int nameLen = Short.toUnsignedInt(b.getShort(p + 28));
      int extraLen = Short.toUnsignedInt(b.getShort(p + 30));
      int commentLen = Short.toUnsignedInt(b.getShort(p + 32));
      long local = Integer.toUnsignedLong(b.getInt(p + 42));
      String name = new String(zip, p + 46, nameLen, StandardCharsets.UTF_8);
      for (int x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
        int id = Short.toUnsignedInt(b.getShort(x));
        int len = Short.toUnsignedInt(b.getShort(x + 2));
        if (id == 0x0001) { // Zip64: the 8-byte values of the fields that hold 0xFFFFFFFF, in this order
          int q = x + 4;
          if (usize == 0xFFFFFFFFL) {
            usize = b.getLong(q);
            q += 8;
          }
          if (csize == 0xFFFFFFFFL) {
            csize = b.getLong(q);
            q += 8;
          }
          if (local == 0xFFFFFFFFL) {
            local = b.getLong(q);
          }
        }
        x += 4 + len;
      }
      list.add(new Entry(name, method, csize, usize, local));
      at = p + 46L + nameLen + extraLen + commentLen;
    }
    return list;
  }

  private record Entry(String name, int method, long compressed, long size, long local) {
    byte[] data(byte[] zip) throws IOException {
      ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
      int p = Math.toIntExact(local);
      int start = p + 30 + Short.toUnsignedInt(b.getShort(p + 26)) + Short.toUnsignedInt(b.getShort(p + 28));
      int len = Math.toIntExact(compressed);
      if (method == 0) {
        return java.util.Arrays.copyOfRange(zip, start, start + len);
      }
      Inflater inf = new Inflater(true);
      try {
        inf.setInput(zip, start, len);
        byte[] out = new byte[Math.toIntExact(size)];
        int n = 0;
        while (n < out.length && !inf.finished()) {
          int k = inf.inflate(out, n, out.length - n);
          if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
            break;
          }
          n += k;
        }
        if (n != out.length) {
          throw new IOException("damaged zip entry " + name);
        }
        return out;
      } catch (DataFormatException e) {
        throw new IOException("damaged zip entry " + name, e);
      } finally {
        inf.end();
      }
    }
  }

  /** The workbook bytes are buffered here before {@link #rewrite}. */
  public static ByteArrayOutputStream buffer() {
    return new ByteArrayOutputStream(1 << 16);
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
