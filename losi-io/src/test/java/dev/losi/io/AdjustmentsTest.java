package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Adjustments#read} chooses the format by the extension, case-insensitively: every adjustment kind of
 * {@link Fixtures#adjustments()} written by each format's own writer reads back equal, and a CSV file named
 * {@code .json} is read as JSON (and refused with its location), so the extension, not the content, decides.
 */
class AdjustmentsTest {

  @TempDir Path dir;

  @Test
  void theExtensionChoosesTheFormat() throws Exception {
    List<CountryAdjustment> all = Fixtures.adjustments();
    Path csv = dir.resolve("a.CSV");
    AdjustmentTables.writeCsv(all, csv);
    Path xlsx = dir.resolve("a.Xlsx");
    AdjustmentTables.writeXlsx(all, xlsx);
    Path json = dir.resolve("a.json");
    LosiJson.standard().writeAdjustments(all, json);
    Path noExtension = dir.resolve("adjustments");
    Files.copy(json, noExtension);
    assertEquals(all, Adjustments.read(csv));
    assertEquals(all, Adjustments.read(xlsx));
    assertEquals(all, Adjustments.read(json));
    assertEquals(all, Adjustments.read(noExtension));
    Path csvAsJson = dir.resolve("b.json");
    Files.copy(csv, csvAsJson);
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Adjustments.read(csvAsJson));
    assertTrue(e.problems().get(0).source().orElseThrow().equals("b.json"), e.getMessage());
  }

  /** Without a name (standard input) the first character decides: after a BOM and white space, a brace is JSON. */
  @Test
  void bytesWithoutANameAreJsonWhenTheyOpenABrace() throws Exception {
    List<CountryAdjustment> all = Fixtures.adjustments();
    byte[] json = ("\uFEFF \n\t" + LosiJson.standard().writeAdjustments(all)).getBytes(StandardCharsets.UTF_8);
    byte[] csv = AdjustmentTables.toCsv(all, CsvFormat.standard()).getBytes(StandardCharsets.UTF_8);
    assertEquals(all, Adjustments.read(new ByteArrayInputStream(json), "-"));
    assertEquals(all, Adjustments.read(new ByteArrayInputStream(csv), "-"));
    byte[] spaces = " ".repeat(Adjustments.SNIFF_BYTES + 10).getBytes(StandardCharsets.UTF_8);
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> Adjustments.read(new ByteArrayInputStream(spaces), "-"));
    assertEquals("-", e.problems().get(0).source().orElseThrow());
  }
}
