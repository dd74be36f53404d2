package dev.losi.io.mapping;

import static dev.losi.core.testing.ProblemLines.assertProblems;
import static dev.losi.core.testing.ProblemLines.lines;
import static dev.losi.io.mapping.MappingFixtures.A;
import static dev.losi.io.mapping.MappingFixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.LosiValidationException;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Link;
import dev.losi.core.mapping.Relation;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingCsvTest {

  /** The written text, worked out by hand from the format: header, then one row per link in order. */
  @Test
  void writesTheDocumentedShape() {
    String expected = """
        from_code,to_code,relation,note
        a1,b1,SAME,
        a2,b2,RENAMED,
        a3,b3,MOVED,
        a4,b4,SPLIT,
        a4,b5,SPLIT,
        a5,b6,MERGED,
        a6,b6,MERGED,
        a7,,REMOVED,
        ,b7,ADDED,
        """;
    assertEquals(expected, MappingCsv.toCsv(MappingFixtures.aToB()));
  }

  @Test
  void roundTripsThroughTextAndFile(@TempDir Path dir) throws Exception {
    EditionMapping m = MappingFixtures.aToB();
    EditionMapping noDescription = m.withDescription("");
    assertEquals(noDescription, MappingCsv.read(MappingCsv.toCsv(m), "m.csv", A, B, Set.of()));
    Path f = dir.resolve("m.csv");
    MappingCsv.write(m, f);
    assertEquals(noDescription, MappingCsv.read(f, A, B, Set.of()));
  }

  @Test
  void notesWithCommasQuotesLineBreaksAndFormulasRoundTrip() {
    EditionMapping m = EditionMapping.builder().from(A).to(B).addCoveredCriteria("Y")
        .addLink(Link.of("a4", "b4", Relation.SPLIT, "=SUM(A1) \"quoted\", with comma"))
        .addLink(Link.of("a4", "b5", Relation.SPLIT, "line one\nline two"))
        .addLink(Link.of("a5", "b6", Relation.MERGED, "'=already apostrophed"))
        .addLink(Link.of("a6", "b6", Relation.MERGED, " padded "))
        .removed("a7").addLink(Link.of("a3", "b3", Relation.MOVED, "-minus first"))
        .build();
    String csv = MappingCsv.toCsv(m);
    assertEquals("a4,b4,SPLIT,\"'=SUM(A1) \"\"quoted\"\", with comma\"", csv.lines().skip(1).findFirst().orElseThrow());
    assertEquals(m, MappingCsv.read(csv, "n.csv", A, B, Set.of("Y")));
  }

  @Test
  void semicolonFilesFromSpreadsheetsAreDetected() {
    String csv = MappingCsv.toCsv(MappingFixtures.aToB()).replace(',', ';');
    assertEquals(MappingFixtures.aToB().withDescription(""), MappingCsv.read(csv, "semi.csv", A, B, Set.of()));
  }

  @Test
  void rowProblemsNameTheLine() {
    String csv = """
        from_code,to_code,relation,note
        a1,b1,same,ok in lower case
        a2,b2,copied,
        a3,b9,MOVED,
        a4,b4,SPLIT,
        a5,b6,MERGED,
        a6,b6,MERGED,
        a7,b7,REMOVED,
        a2,b2,RENAMED
        """;
    assertProblems(() -> MappingCsv.read(csv, "m.csv", A, B, Set.of()),
        "m.csv:3: relation \"copied\" is not a relation (same, renamed, moved, split, merged, removed, added)",
        "m.csv:8: indicator \"a7\": to \"b7\" must be empty for a removed link",
        "m.csv:9: has 3 fields, the header has 4");
  }

  @Test
  void mappingProblemsNameTheLineOfTheirRow() {
    String csv = """
        from_code,to_code,relation,note
        a1,b1,SAME,
        a3,b9,MOVED,
        a4,b4,SPLIT,
        a5,b6,MERGED,
        a6,b6,MERGED,
        a7,,REMOVED,
        a2,b2,SAME,
        """;
    assertProblems(() -> MappingCsv.read(csv, "m.csv", A, B, Set.of()),
        "m.csv:3: indicator \"b9\": to \"b9\" is not an indicator of T-B",
        "m.csv: indicator \"a4\": from \"a4\" is the only target of its split: a split needs at least two targets (use same, renamed or moved for one)");
  }

  @Test
  void headerProblemsAreReportedTogether() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> MappingCsv.read("from,to_code,relation,comment\na1,b1,SAME,x\n", "h.csv", A, B, Set.of()));
    assertEquals(List.of(
        "h.csv:1:from: is not a known column (expected from_code, to_code, relation, note)",
        "h.csv:1:comment: is not a known column (expected from_code, to_code, relation, note)",
        "h.csv:1:from_code: is missing from the header"), lines(e));
    assertProblems(() -> MappingCsv.read("", "e.csv", A, B, Set.of()),
        "e.csv: is empty: expected the header from_code,to_code,relation,note");
  }
}
