package dev.losi.cli.internal;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small RFC 4180 reader for the command line's own tables (until losi-io's readers are wired in):
 * comma or semicolon delimiter (auto-detected from the header line), double-quoted fields with {@code ""}
 * escapes and embedded line breaks, UTF-8 with or without BOM (invalid UTF-8 is an error), CRLF or LF.
 * Lines starting with {@code #} before the header are comments. Blank lines are skipped.
 *
 * <p>Every problem (unterminated quote, a row with the wrong number of fields, duplicate header names) is
 * collected with file and line and thrown together as a {@link dev.losi.core.LosiValidationException}.
 */
public final class CsvTable {

  /** One data row with the 1-based line on which it starts. */
  public record Row(long line, List<String> fields) {}

  private final String source;
  private final List<String> header;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;

  private CsvTable(String source, List<String> header, List<Row> rows) {
    this.source = source;
    this.header = List.copyOf(header);
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      idx.putIfAbsent(header.get(i), i);
    }
    this.columnIndex = Collections.unmodifiableMap(idx);
    this.rows = List.copyOf(rows);
  }

  /** Reads a file; a missing or unreadable file is reported as a problem naming it. */
  public static CsvTable read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw Problems.single(Problem.builder().source(name).message("no such file").build());
    } catch (IOException e) {
      throw Problems.single(Problem.builder().source(name).message("cannot be read: " + e.getMessage()).build());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw Problems.single(Problem.builder().source(name).message("is not valid UTF-8 text").build());
    }
    return parse(name, text);
  }

  /** Parses CSV text; {@code source} names it in problems. */
  public static CsvTable parse(String source, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    ProblemCollector problems = new ProblemCollector();
    List<List<String>> records = new ArrayList<>();
    List<Long> lines = new ArrayList<>();
    char delimiter = 0;
    long line = 1;
    int pos = 0;
    int n = text.length();
    boolean headerSeen = false;
    while (pos < n) {
      // skip comment lines before the header, and blank lines anywhere
      int eol = lineEnd(text, pos);
      String raw = text.substring(pos, eol);
      if (raw.isBlank() || (!headerSeen && raw.startsWith("#"))) {
        pos = next(text, eol);
        line++;
        continue;
      }
      if (!headerSeen) {
        delimiter = detectDelimiter(raw);
        headerSeen = true;
      }
      long start = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean fieldStarted = false;
      boolean done = false;
      while (!done) {
        if (pos >= n) {
          if (quoted) {
            problems.add(Problem.builder().source(source).line(start)
                .message("has a quoted field that is never closed (a \" is missing)").build());
          }
          fields.add(field.toString());
          break;
        }
        char c = text.charAt(pos);
        if (quoted) {
          if (c == '"') {
            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
              field.append('"');
              pos += 2;
            } else {
              quoted = false;
              pos++;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
            pos++;
          }
        } else if (c == '"' && !fieldStarted) {
          quoted = true;
          fieldStarted = true;
          pos++;
        } else if (c == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
          fieldStarted = false;
          pos++;
        } else if (c == '\r' || c == '\n') {
          fields.add(field.toString());
          pos = next(text, pos);
          line++;
          done = true;
        } else {
          field.append(c);
          fieldStarted = true;
          pos++;
        }
      }
      records.add(fields);
      lines.add(start);
    }
    if (records.isEmpty()) {
      problems.add(Problem.builder().source(source).message("is empty: expected a header line and data rows").build());
      problems.throwIfAny();
    }
    List<String> header = new ArrayList<>();
    for (String h : records.get(0)) {
      header.add(h.strip());
    }
    List<String> seen = new ArrayList<>();
    for (String h : header) {
      if (h.isEmpty()) {
        problems.add(Problem.builder().source(source).line(lines.get(0)).message("has an empty column name in the header").build());
      } else if (seen.contains(h)) {
        problems.add(Problem.builder().source(source).line(lines.get(0)).column(h).message("is a duplicate column name").build());
      }
      seen.add(h);
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> f = records.get(r);
      if (f.size() != header.size()) {
        problems.add(Problem.builder().source(source).line(lines.get(r))
            .message("has " + f.size() + " fields, expected " + header.size() + " as in the header").build());
        continue;
      }
      rows.add(new Row(lines.get(r), List.copyOf(f)));
    }
    problems.throwIfAny();
    return new CsvTable(source, header, rows);
  }

  private static int lineEnd(String text, int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int next(String text, int eol) {
    if (eol < text.length() && text.charAt(eol) == '\r') {
      eol++;
    }
    if (eol < text.length() && text.charAt(eol) == '\n') {
      eol++;
    }
    return eol;
  }

  private static char detectDelimiter(String headerLine) {
    int commas = 0;
    int semis = 0;
    boolean q = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        q = !q;
      } else if (!q && c == ',') {
        commas++;
      } else if (!q && c == ';') {
        semis++;
      }
    }
    return semis > commas ? ';' : ',';
  }

  /** The name used for this table in problems (usually the file path). */
  public String source() {
    return source;
  }

  /** The column names, stripped of surrounding white space. */
  public List<String> header() {
    return header;
  }

  /** The data rows, in file order. */
  public List<Row> rows() {
    return rows;
  }

  /** The 0-based index of a column, if the header has it. */
  public Optional<Integer> column(String name) {
    return Optional.ofNullable(columnIndex.get(name));
  }

  /** True when the header has the column. */
  public boolean has(String name) {
    return columnIndex.containsKey(name);
  }
}
