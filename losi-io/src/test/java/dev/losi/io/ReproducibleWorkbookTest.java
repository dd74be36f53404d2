package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 27 (XLSX results differed from run to run by the {@code dcterms:created} stamp) and item 14
 * (bold, frozen header row with an autofilter). The workbook is opened with {@code java.util.zip}, not with the
 * library that wrote it, and its XML parts are checked against the Office Open XML element names (ECMA-376
 * Part 1: {@code sheetView/pane ySplit="1" state="frozen"}, {@code autoFilter ref}, {@code font/b}).
 */
class ReproducibleWorkbookTest {

  private static byte[] workbook() throws Exception {
    Assessment a = Assessment.builder().city(Fixtures.maputo()).instrumentId("TEST-10").assessorId("A")
        .addResponses(Response.of("#250", Answer.PRESENT), Response.of("#251", Answer.ABSENT)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AssessmentXlsx.writer().write(List.of(a), out);
    return out.toByteArray();
  }

  private static Map<String, String> parts(byte[] zip) throws Exception {
    Map<String, String> m = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        m.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return m;
  }

  @Test
  void twoRunsGiveIdenticalBytes() throws Exception {
    byte[] first = workbook();
    Thread.sleep(5); // the stamp has millisecond resolution: a later run differed before the fix
    byte[] second = workbook();
    assertArrayEquals(first, second);
    String core = parts(first).get("docProps/core.xml");
    String env = System.getenv("SOURCE_DATE_EPOCH");
    if (env == null) {
      assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">1980-01-01T00:00:00.000Z</dcterms:created>"),
          core);
    }
  }

  @Test
  void sourceDateEpochSetsTheStamp() {
    // 1700000000 s after the epoch is 2023-11-14T22:13:20Z (date -u -d @1700000000).
    assertEquals("2023-11-14T22:13:20Z", dev.losi.io.internal.ReproducibleZip.timestamp("1700000000").toString());
    assertEquals("1980-01-01T00:00:00Z", dev.losi.io.internal.ReproducibleZip.timestamp("12").toString());
    assertEquals("1980-01-01T00:00:00Z", dev.losi.io.internal.ReproducibleZip.timestamp("soon").toString());
  }

  @Test
  void headerRowIsBoldFrozenAndFiltered() throws Exception {
    Map<String, String> p = parts(workbook());
    String sheet = p.get("xl/worksheets/sheet1.xml");
    assertTrue(sheet.matches("(?s).*<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\".*"), sheet);
    assertTrue(sheet.matches("(?s).*<autoFilter ref=\"A1:N3\".*"), sheet);
    assertTrue(p.get("xl/styles.xml").contains("<b"), p.get("xl/styles.xml"));
  }
}
