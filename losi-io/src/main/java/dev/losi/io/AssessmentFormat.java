package dev.losi.io;

import dev.losi.core.Assessment;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * The container formats of assessment files, recognised in one place for {@link Assessments}: by the file
 * extension ({@code .json}, {@code .csv}, {@code .xlsx}, any case) or else by the first bytes (a zip
 * signature {@code PK} is XLSX; a first character <code>&#123;</code>, after a UTF-8 byte order mark and white
 * space, is JSON; anything else CSV). Package-private.
 */
enum AssessmentFormat {
  CSV, XLSX, JSON;

  /** By extension; null when the name has none of the three. */
  static AssessmentFormat of(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    return null;
  }

  /** From the first bytes, without consuming them. */
  static AssessmentFormat sniff(BufferedInputStream in) throws IOException {
    in.mark(4096);
    try {
      int c = in.read();
      if (c == 'P') {
        return in.read() == 'K' ? XLSX : CSV;
      }
      if (c == 0xEF) { // a UTF-8 byte order mark
        in.read();
        in.read();
        c = in.read();
      }
      for (int i = 0; i < 4000 && (c == ' ' || c == '\t' || c == '\r' || c == '\n'); i++) {
        c = in.read();
      }
      return c == '{' ? JSON : CSV;
    } finally {
      in.reset();
    }
  }

  /** Writes assessments in the format of the file's extension: JSON document, long CSV or long XLSX. */
  static void write(Collection<Assessment> assessments, Path file) throws IOException {
    AssessmentFormat f = of(file.getFileName().toString());
    if (f == null) {
      throw new IllegalArgumentException("cannot tell the format of " + file + ": expected a .json, .csv or .xlsx file");
    }
    switch (f) {
      case JSON -> LosiJson.standard().writeAssessments(assessments, file);
      case CSV -> AssessmentCsv.writer().write(assessments, file);
      default -> AssessmentXlsx.writer().write(assessments, file);
    }
  }
}
