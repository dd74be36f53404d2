package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The numbers of a workbook have the texts of every other output ({@code NumberText}) on every Java version.
 * The sheet is read with {@code java.util.zip}, not with the library that wrote it; the expected texts are those
 * of {@code Double.toString} as Java 19 specifies it (Temurin 25 prints each), with Java 17's beside where it
 * differs. CI runs this on Java 17 and 25.
 */
class XlsxNumberTextTest {

  @Test
  void cellValuesAreTheTextsOfEveryOtherOutput() throws Exception {
    List<Object> values = Arrays.asList(0.5, 66.0 / 95.0, 95.0, 7L, 3, -0.0, 9.5E-4,
        1e23, // Java 17: 9.999999999999999E22
        9.9E-324, // Java 17: 1.0E-323
        2.82879384806159E17); // Java 17: 2.82879384806159008E17
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWorkbook.write(out, Map.of("numbers", List.of(List.of("header"), values)));
    assertEquals(List.of("0.5", "0.6947368421052632", "95", "7", "3", "-0.0", "9.5E-4", "1.0E23", "9.9E-324",
        "2.82879384806159E17"), cellValues(out.toByteArray(), 2));
  }

  /** The {@code <v>} texts of a row of {@code xl/worksheets/sheet1.xml}, in column order. */
  private static List<String> cellValues(byte[] xlsx, int row) throws Exception {
    String sheet = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    Matcher rowXml = Pattern.compile("<row r=\"" + row + "\"[^>]*>(.*?)</row>").matcher(sheet);
    if (!rowXml.find()) {
      throw new AssertionError("no row " + row + " in " + sheet);
    }
    List<String> texts = new ArrayList<>();
    Matcher v = Pattern.compile("<c r=\"[A-Z]+" + row + "\"[^>]*t=\"n\"[^>]*><v>([^<]*)</v></c>").matcher(rowXml.group(1));
    while (v.find()) {
      texts.add(v.group(1));
    }
    return texts;
  }
}
