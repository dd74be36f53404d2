package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The CSV of a table written in blocks on several threads ({@code Tables.writeCsv} with {@code threads >= 2},
 * the path of {@code losi score --format csv} from {@link Tables#CSV_PARALLEL_ROWS} rows) is the same text as
 * one thread writes, character for character: for random tables (texts that need quotes, doubled quotes, the
 * formula guard, white space at either end, non-ASCII; doubles, longs and integers), any block boundary (row
 * counts around multiples of {@link Tables#CSV_BLOCK}), both delimiters, both line separators, with and without a
 * byte order mark.
 */
class CsvBlocksProperties {

  private static final String[] TEXTS = {"", "plain", "a,b", "say \"hi\"", "two\nlines", " lead", "trail ", "=1+2",
      "+x", "-3", "@sum", "S\u00e3o Paulo", "semi;colon", "tab\there", "\r"};

  @Property(tries = 20)
  void blocksOnSeveralThreadsWriteWhatOneThreadWrites(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int threads)
      throws IOException {
    Random rnd = new Random(seed);
    int rows = rnd.nextBoolean()
        ? Tables.CSV_BLOCK * (1 + rnd.nextInt(20)) + rnd.nextInt(3) - 1
        : 1 + rnd.nextInt(3 * Tables.CSV_BLOCK);
    int width = 1 + rnd.nextInt(8);
    List<List<Object>> table = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Object> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        row.add(switch (rnd.nextInt(4)) {
          case 0 -> TEXTS[rnd.nextInt(TEXTS.length)];
          case 1 -> rnd.nextInt(96) / 95.0;
          case 2 -> (long) rnd.nextInt(1000) - 500;
          default -> rnd.nextInt(5);
        });
      }
      table.add(row);
    }
    CsvFormat format = CsvFormat.standard().withDelimiter(rnd.nextBoolean() ? ',' : ';')
        .withLineSeparator(rnd.nextBoolean() ? "\n" : "\r\n").withBom(rnd.nextBoolean());
    StringWriter one = new StringWriter();
    Tables.writeCsv(table, one, format, 1);
    StringWriter several = new StringWriter();
    Tables.writeCsv(table, several, format, threads);
    assertTrue(one.toString().length() > rows, "the table was written");
    assertEquals(one.toString(), several.toString());
  }
}
