package dev.losi.cli.internal;

import dev.losi.io.CsvTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 cases written out by hand. */
class CsvTableTest {

  @Test
  void quotedFieldsWithDelimitersQuotesAndLineBreaksKeepTheirLineNumbers() {
    CsvTable t = CsvTable.parse("f.csv", "a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,row\n");
    assertEquals(List.of("a", "b"), t.header());
    assertEquals(3, t.rows().size());
    assertEquals(List.of("x,1", "say \"hi\""), t.rows().get(0).fields());
    assertEquals(2, t.rows().get(0).line());
    assertEquals(List.of("two\nlines", "z"), t.rows().get(1).fields());
    assertEquals(3, t.rows().get(1).line());
    assertEquals(5, t.rows().get(2).line(), "the record after a two-line field starts on line 5");
  }

  @Test
  void semicolonBomAndBlankLines() {
    CsvTable t = CsvTable.parse("f.csv", "\uFEFFid;value\n\n\nA;0,5\n");
    assertEquals(List.of("id", "value"), t.header());
    assertEquals(List.of("A", "0,5"), t.rows().get(0).fields());
    assertEquals(4, t.rows().get(0).line());
  }

  @Test
  void allStructuralProblemsAreReportedTogether() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> CsvTable.parse("f.csv", "a,a,\n1,2,3\n1,2\n4,5,6,7\n"));
    List<String> msgs = e.problems().stream().map(Object::toString).toList();
    assertTrue(msgs.contains("f.csv:1:a: is a duplicate column name"), msgs::toString);
    assertTrue(msgs.contains("f.csv:1: has an empty column name in the header"), msgs::toString);
    assertTrue(msgs.contains("f.csv:3: has 2 fields, expected 3 as in the header"), msgs::toString);
    assertTrue(msgs.contains("f.csv:4: has 4 fields, expected 3 as in the header"), msgs::toString);
    LosiValidationException q = assertThrows(LosiValidationException.class,
        () -> CsvTable.parse("g.csv", "a,b\n1,\"open\n"));
    assertEquals("g.csv:2: a quoted field opened on line 2 is not closed before the end of the file",
        q.problems().get(0).toString());
  }
}
