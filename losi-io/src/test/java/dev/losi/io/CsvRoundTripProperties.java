package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** What {@link CsvFormat#record} writes (comma, LF), {@link CsvTable} reads back unchanged. */
class CsvRoundTripProperties {

  private static final CsvFormat LF = CsvFormat.standard().withDelimiter(',').withLineSeparator("\n");

  @Provide
  Arbitrary<List<String>> cells() {
    return Arbitraries.strings().withChars("ab ,;\"\n\r\t=#é東").ofMaxLength(8).list().ofMaxSize(40);
  }

  @Property
  void writtenRowsReadBackExactly(@ForAll @IntRange(min = 1, max = 4) int columns,
      @ForAll @IntRange(min = 1, max = 5) int rows, @ForAll("cells") List<String> pool) {
    List<String> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add("col" + c);
    }
    StringBuilder sb = new StringBuilder(LF.record(header));
    List<List<String>> expected = new ArrayList<>();
    int k = 0;
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(pool.isEmpty() ? "x" : pool.get(k++ % pool.size()));
      }
      // a row whose only field is empty or blank would be a blank line: keep it non-blank
      if (columns == 1 && row.get(0).isBlank()) {
        row.set(0, "x");
      }
      expected.add(row);
      sb.append(LF.record(row));
    }
    CsvTable t = CsvTable.parse("p.csv", sb.toString());
    assertEquals(header, t.header());
    List<List<String>> actual = t.rows().stream().map(CsvTable.Row::fields).toList();
    assertEquals(expected, actual);
  }
}
