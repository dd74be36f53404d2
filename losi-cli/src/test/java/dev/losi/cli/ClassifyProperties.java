package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.io.CsvTable;
import dev.losi.core.level.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code losi classify} end to end on random files: every row comes back once, with the level of its value
 * (lower bounds inclusive) and its competition rank = 1 + the number of strictly greater values, computed here
 * independently of losi-core's ranking.
 */
class ClassifyProperties {

  @Provide
  Arbitrary<List<Integer>> values() {
    // values in thousandths, so ties and exact boundaries (250, 500, 750) are frequent
    return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 60)
  void levelsAndRanksMatchAnIndependentComputation(@ForAll("values") List<Integer> thousandths) throws Exception {
    Path dir = Files.createTempDirectory("classify");
    try {
      StringBuilder sb = new StringBuilder("id,v\n");
      for (int i = 0; i < thousandths.size(); i++) {
        sb.append("u").append(i).append(',').append(thousandths.get(i) / 1000.0).append('\n');
      }
      Path f = dir.resolve("v.csv");
      Files.writeString(f, sb.toString());
      Cli r = Cli.run("classify", "--data", f.toString(), "--column", "v", "--format", "csv");
      assertEquals(0, r.exitCode(), r::toString);
      CsvTable t = CsvTable.parse("out", r.out());
      assertEquals(thousandths.size(), t.rows().size());
      for (CsvTable.Row row : t.rows()) {
        int i = Integer.parseInt(row.fields().get(1).substring(1));
        int v = thousandths.get(i);
        long greater = thousandths.stream().filter(x -> x > v).count();
        assertEquals(Long.toString(greater + 1), row.fields().get(0), "rank of " + v);
        Level expected = v >= 750 ? Level.VERY_HIGH : v >= 500 ? Level.HIGH : v >= 250 ? Level.MIDDLE : Level.LOW;
        assertEquals(expected.label(), row.fields().get(3), "level of " + v);
        assertEquals(expected.letter(), row.fields().get(4).substring(0, 1), "class within the level of " + v);
      }
    } finally {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }
}
