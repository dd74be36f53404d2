package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.core.Assessment;
import dev.losi.io.AssessmentCsv;
import dev.losi.io.AssessmentXlsx;
import dev.losi.io.CsvFormat;
import dev.losi.io.LosiJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes assessments to the file of an option, in the format its extension names (.json, .xlsx, else CSV). */
final class AssessmentFiles {

  private AssessmentFiles() {}

  static void write(List<Assessment> assessments, Path out, String option) {
    write(assessments, out, option, false);
  }

  /** As {@link #write(List, Path, String)}; a CSV file begins with a UTF-8 byte order mark when {@code bom}. */
  static void write(List<Assessment> assessments, Path out, String option, boolean bom) {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    Output.writeFile(out, option, stream -> {
      if (name.endsWith(".json")) {
        stream.write(LosiJson.standard().writeAssessments(assessments).getBytes(StandardCharsets.UTF_8));
      } else if (name.endsWith(".xlsx")) {
        AssessmentXlsx.writer().write(assessments, stream);
      } else {
        AssessmentCsv.writer().format(CsvFormat.standard().withLineSeparator("\n").withBom(bom)).write(assessments, stream);
      }
    });
  }
}
