package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Instruments#read(InputStream, String)}: an instrument from unnamed bytes (standard input), its
 * format told by the first bytes, the bytes read once. Each format is written by losi-io and must read back
 * equal to the instrument written.
 */
class InstrumentStreamTest {

  private final Instrument small = Fixtures.small();

  /** A stream that counts how often its end was reached: once means the bytes were read once. */
  private static final class Once extends ByteArrayInputStream {
    final AtomicInteger ends = new AtomicInteger();

    Once(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      int n = super.read(b, off, len);
      if (n < 0) {
        ends.incrementAndGet();
      }
      return n;
    }
  }

  @Test
  void everyFormatIsToldByItsFirstBytes(@TempDir Path dir) throws Exception {
    byte[] json = LosiJson.standard().writeInstrument(small).getBytes(StandardCharsets.UTF_8);
    byte[] csv = ("\uFEFF" + InstrumentTables.toCsv(small, CsvFormat.standard())).getBytes(StandardCharsets.UTF_8);
    Path x = dir.resolve("i.xlsx");
    InstrumentTables.writeXlsx(small, x);
    byte[] xlsx = Files.readAllBytes(x);
    for (byte[] bytes : new byte[][] {json, csv, xlsx}) {
      Once in = new Once(bytes);
      assertEquals(small, Instruments.read(in, "-"));
      assertTrue(in.ends.get() <= 1, "read once");
    }
    assertEquals(small, Instruments.read(new ByteArrayInputStream(("  \n" + new String(json, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8)), "-"), "white space before the JSON");
  }

  @Test
  void problemsNameTheStream() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Instruments.read(
        new ByteArrayInputStream("code,title\n#1,x\n".getBytes(StandardCharsets.UTF_8)), "-"));
    assertTrue(e.problems().stream().allMatch(p -> p.source().orElse("").equals("-")), e.problems().toString());
  }
}
