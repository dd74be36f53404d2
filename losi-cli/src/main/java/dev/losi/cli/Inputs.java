package dev.losi.cli;

import dev.losi.cli.internal.AdjustmentsCsv;
import dev.losi.cli.internal.CsvTable;
import dev.losi.cli.internal.DemoInstrument;
import dev.losi.cli.internal.LongCsvAssessments;
import dev.losi.cli.internal.Problems;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Loads the inputs of the scoring commands: instruments, assessments and adjustments. */
final class Inputs {

  private Inputs() {}

  /** The instrument named by an id of a built-in instrument. */
  static Instrument instrument(String idOrFile) {
    if (idOrFile.equals(DemoInstrument.ID)) {
      return DemoInstrument.get();
    }
    throw Problems.single(Problem.builder().field("--instrument").value(idOrFile)
        .message("is not a built-in instrument; built-in: " + DemoInstrument.ID).build());
  }

  /** Reads the adjustments CSV. */
  static List<CountryAdjustment> adjustments(Path file) {
    return adjustmentsFrom(CsvTable.read(file));
  }

  /** Reads an adjustments table. */
  static List<CountryAdjustment> adjustmentsFrom(CsvTable table) {
    return AdjustmentsCsv.read(table);
  }

  /** Reads a long assessments CSV against the instrument (and local indicators of the adjustments). */
  static List<Assessment> assessments(CsvTable table, Instrument instrument, List<CountryAdjustment> adjustments) {
    Set<String> known = new HashSet<>();
    instrument.indicators().forEach(i -> known.add(i.code()));
    for (CountryAdjustment a : adjustments) {
      a.localIndicator().map(Indicator::code).ifPresent(known::add);
    }
    return LongCsvAssessments.read(table, instrument.id(), known);
  }
}
