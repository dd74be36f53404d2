package dev.losi.io.bundled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict RFC 4180 reader for the reference tables these tests compare against (comma
 * separated, double-quoted fields, doubled quotes, LF or CRLF). Every record must have exactly as many
 * fields as the header; anything else fails with the file name and record number.
 */
final class CsvTable {

  private final String source;
  private final List<String> header;
  private final List<Map<String, String>> rows;

  private CsvTable(String source, List<String> header, List<Map<String, String>> rows) {
    this.source = source;
    this.header = header;
    this.rows = rows;
  }

  static CsvTable read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  static CsvTable parse(String source, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = records(source, text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(source + ": empty file, expected a header line");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() != header.size()) {
        throw new IllegalArgumentException(source + ": record " + (r + 1) + " has " + rec.size()
            + " fields, expected " + header.size() + " like the header " + header);
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), rec.get(c));
      }
      rows.add(Collections.unmodifiableMap(row));
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows));
  }

  private static List<List<String>> records(String source, String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int i = 0;
    while (i < text.length()) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(ch);
        }
        i++;
        continue;
      }
      if (ch == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (ch == ',') {
        rec.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !rec.isEmpty()) {
          rec.add(field.toString());
          out.add(rec);
        }
        rec = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
      } else if (ch == '"') {
        throw new IllegalArgumentException(source + ": record " + (out.size() + 1)
            + ": a quote inside an unquoted field");
      } else {
        field.append(ch);
        fieldStarted = true;
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException(source + ": the file ends inside a quoted field");
    }
    if (fieldStarted || field.length() > 0 || !rec.isEmpty()) {
      rec.add(field.toString());
      out.add(rec);
    }
    return out;
  }

  String source() {
    return source;
  }

  List<String> header() {
    return header;
  }

  List<Map<String, String>> rows() {
    return rows;
  }
}
