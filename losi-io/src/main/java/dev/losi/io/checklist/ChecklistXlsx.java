package dev.losi.io.checklist;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.XmlText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The XLSX checklist, written with fastexcel (read back by {@code dev.losi.io.ChecklistSheet}). */
final class ChecklistXlsx {

  static final String ANSWERS = "Present,Absent,Not applicable";
  static final int TABLE_HEADER_ROW = 9; // 0-based: row 10 in the sheet

  private ChecklistXlsx() {}

  static void write(Checklist c, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "LOSI SDK", "1.0");
    Worksheet ws = wb.newWorksheet(Checklists.SHEET);
    ws.value(0, 0, "LOSI checklist: " + c.instrument().title());
    ws.style(0, 0).bold().fontSize(14).set();
    ChecklistHeader h = c.header();
    List<String[]> block = List.of(
        new String[] {Checklists.INSTRUMENT, c.instrument().id()},
        new String[] {Checklists.EDITION, Integer.toString(c.instrument().editionYear())},
        new String[] {Checklists.CITY_ID, h.cityId().orElse("")},
        new String[] {Checklists.CITY_NAME, h.cityName().orElse("")},
        new String[] {Checklists.COUNTRY, h.country().orElse("")},
        new String[] {Checklists.ASSESSOR, h.assessor().orElse("")},
        new String[] {Checklists.DATE, h.date().map(LocalDate::toString).orElse("")});
    for (int r = 0; r < block.size(); r++) {
      ws.value(r + 1, 0, block.get(r)[0]);
      ws.style(r + 1, 0).bold().set();
      text(ws, r + 1, 1, block.get(r)[1]);
    }
    List<String> columns = Checklists.COLUMNS;
    for (int col = 0; col < columns.size(); col++) {
      ws.value(TABLE_HEADER_ROW, col, columns.get(col));
      ws.style(TABLE_HEADER_ROW, col).bold().fillColor("D9E1F2").set();
    }
    int r = TABLE_HEADER_ROW + 1;
    for (Checklist.Item i : c.items()) {
      text(ws, r, 0, i.code());
      text(ws, r, 1, i.section());
      text(ws, r, 2, i.title());
      if (i.exclusion().isPresent()) {
        ws.value(r, 3, Answer.NOT_APPLICABLE.label());
      }
      text(ws, r, 7, i.exclusion().orElse("yes"));
      text(ws, r, 8, i.channelRule());
      text(ws, r, 9, i.description());
      r++;
    }
    int last = Math.max(TABLE_HEADER_ROW + 1, r - 1);
    ws.range(TABLE_HEADER_ROW + 1, 3, last, 3).validateWithListByFormula("\"" + ANSWERS + "\"")
        .allowBlank(true).showErrorMessage(true).errorTitle("Answer").error("Choose Present, Absent or Not applicable");
    ws.range(TABLE_HEADER_ROW + 1, 4, last, 4).validateWithListByFormula("\"" + channels() + "\"")
        .allowBlank(true).showErrorMessage(true).errorTitle("Evidence channel").error("Choose a channel from the list");
    ws.range(TABLE_HEADER_ROW + 1, 0, last, columns.size() - 1).style().wrapText(true).verticalAlignment("top").set();
    double[] widths = {10, 28, 48, 16, 20, 36, 36, 30, 36, 60};
    for (int col = 0; col < widths.length; col++) {
      ws.width(col, widths[col]);
    }
    ws.freezePane(1, TABLE_HEADER_ROW + 1);
    Worksheet how = wb.newWorksheet(Checklists.HOW_TO_SHEET);
    String[] lines = {
        "How to fill this in",
        "",
        "1. Fill in the header block at the top of the Checklist sheet: city id, city name, country (ISO3, e.g. TUN), your assessor id and the date (YYYY-MM-DD).",
        "2. For each indicator, look for the feature where the 'Channel rule' column says, then choose an Answer: Present, Absent or Not applicable.",
        "3. If present, choose the Evidence channel where you found it and paste its URL. An indicator that 'only counts if found on the municipal portal or a site it links to' does not count when found elsewhere only.",
        "4. Leave the Answer empty if you could not assess the indicator: it counts as not assessed.",
        "5. Rows marked 'not applicable in ...' are excluded by a documented country adjustment; keep their answer.",
        "6. Do not add, remove or reorder columns, and do not change the Code column. Notes may be in any language.",
        "7. Score the filled file with: losi score --instrument " + c.instrument().id() + " --assessments <this file>",
    };
    for (int k = 0; k < lines.length; k++) {
      how.value(k, 0, lines[k]);
    }
    how.style(0, 0).bold().fontSize(14).set();
    how.width(0, 120);
    wb.finish();
  }

  private static String channels() {
    return String.join(",", Arrays.stream(Channel.values()).map(Channel::name).toList());
  }

  private static void text(Worksheet ws, int r, int c, String s) {
    int ch = XmlText.firstUnstorable(s);
    if (ch >= 0) {
      throw new LosiValidationException(List.of(Problem.builder().column(Checklists.SHEET + "!" + letter(c) + (r + 1))
          .value(s).message(XmlText.unstorable(ch)).build()));
    }
    if (!s.isEmpty()) {
      ws.value(r, c, FormulaGuard.neutralise(s));
    }
  }

  static String letter(int c) {
    StringBuilder sb = new StringBuilder();
    for (int n = c + 1; n > 0; n = (n - 1) / 26) {
      sb.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return sb.toString();
  }
}
