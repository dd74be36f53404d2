package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.level.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IndexValues against hand-computed levels (the UN boundaries 0.75/0.50/0.25) and hand-listed problems. */
class IndexValuesTest {

  @Test
  void levelsAndRanksOfFourValues() {
    CsvTable t = CsvTable.parse("t.csv", "country,osi\nA,0.30\nB,0.80\nC,0.10\nD,0.60\n");
    IndexValues.Classified c = IndexValues.read(t, "osi", "country").classify();
    // by hand: 0.80 very high, 0.60 high, 0.30 middle, 0.10 low; ranks by value, highest first
    assertEquals(List.of(Level.MIDDLE, Level.VERY_HIGH, Level.LOW, Level.HIGH),
        c.classifications().stream().map(x -> x.level()).toList());
    assertEquals(List.of(3, 1, 4, 2), c.classifications().stream().map(x -> x.rank()).toList());
    assertEquals(List.of(1, 3, 0, 2), c.order());
    assertEquals(1, c.counts().get(Level.HIGH));
    assertEquals(List.of(2L, 3L, 4L, 5L), c.values().values().stream().map(IndexValues.Value::line).toList());
  }

  @Test
  void everyBadRowIsReportedWithItsLine() {
    String longNumber = "0." + "1".repeat(99);
    CsvTable t = CsvTable.parse("t.csv", "country,osi\nA,\"0,5\"\nB,\nC,1.5\nD," + longNumber + "\nE,0.5\n");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> IndexValues.read(t, "osi", "country"));
    assertEquals(List.of(2L, 3L, 4L, 5L), e.problems().stream().map(p -> p.line().orElseThrow()).toList());
    List<String> messages = e.problems().stream().map(Problem::message).toList();
    assertEquals("is not a number; expected a number in [0, 1] (decimal point, e.g. 0.39198)", messages.get(0));
    assertEquals("is empty for \"B\"; expected a number in [0, 1]", messages.get(1));
    assertEquals("is outside [0, 1]", messages.get(2));
    assertEquals("is a number text of 101 characters; at most 100 are read", messages.get(3));
  }

  @Test
  void noDataRows() {
    CsvTable t = CsvTable.parse("t.csv", "country,osi\n");
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> IndexValues.read(t, "osi", "country"));
    assertEquals("has no data rows", e.problems().get(0).message());
  }
}
