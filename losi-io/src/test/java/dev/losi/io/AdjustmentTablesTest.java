package dev.losi.io;

import static dev.losi.core.testing.ProblemLines.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.CountryAdjustment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjustmentTablesTest {

  @Test
  void everyKindRoundTripsThroughCsvAndXlsx(@TempDir Path dir) throws Exception {
    List<CountryAdjustment> all = Fixtures.adjustments();
    assertEquals(all, AdjustmentTables.readCsv(AdjustmentTables.toCsv(all, CsvFormat.standard()), "a.csv"));
    Path x = dir.resolve("a.xlsx");
    AdjustmentTables.writeXlsx(all, x);
    assertEquals(all, AdjustmentTables.readXlsx(x));
    Path c = dir.resolve("a.csv");
    AdjustmentTables.writeCsv(all, c);
    assertEquals(all, AdjustmentTables.readCsv(c));
  }

  @Test
  void problemsAreCollected() {
    String csv = "id;country;instrument;kind;indicator;accepted_channels;weight;cities;rationale;decided_by;decided_on\n"
        + "A-1;SGP;LOSI-2024;ACCEPT_CHANNEL;#251;NATIONAL_PORTAL|MGP;;;r;b;2025-02-14\n"
        + "A-2;SGP;LOSI-2024;REWEIGHT;#252;;0,5;SG-1|SG-1;r;b;14/02/2025\n"
        + "A-1;SGP;LOSI-2024;EXCLUDE;#253;;;;r;b;2025-02-14\n";
    assertProblems(() -> AdjustmentTables.readCsv(csv, "adj.csv"),
        "adj.csv:2: acceptedChannels \"MGP\" always counts already; name only non-MGP channels",
        "adj.csv:3: decided_on \"14/02/2025\" is not an ISO-8601 date (YYYY-MM-DD)",
        "adj.csv:3: weight \"0,5\" is not a number (use a dot as decimal separator)",
        "adj.csv:3: cities \"SG-1|SG-1\" names SG-1 more than once",
        "adj.csv:4: kind \"EXCLUDE\" is not one of [EXCLUDE_INDICATOR, ACCEPT_CHANNEL, REWEIGHT, ADD_LOCAL_INDICATOR]");
  }

  @Test
  void localIndicatorProblemsNameTheLocalIndicator() {
    // the messages and places as the reader words them for the standard columns (InstrumentsTest), with the
    // local indicator's code named and the local_* column as the field
    String csv = "id;country;instrument;kind;rationale;decided_by;decided_on;local_code;local_title;local_criterion;"
        + "local_channel_scope;local_weight\n"
        + "A-1;SGP;LOSI-2024;ADD_LOCAL_INDICATOR;r;b;2025-02-14;L1;Local;PE;SOMEWHERE;0,5\n";
    assertProblems(() -> AdjustmentTables.readCsv(csv, "adj.csv"),
        "adj.csv:2: indicator \"L1\": local_channel_scope \"SOMEWHERE\" is not one of [CHANNEL_INDEPENDENT, MGP_SPECIFIC]",
        "adj.csv:2: indicator \"L1\": local_weight \"0,5\" is not a number (use a dot as decimal separator; blank means 1)");
  }

  /**
   * 1e400 is a well-formed decimal beyond Double.MAX_VALUE (about 1.797e308): out of range, echoed as written,
   * at its line and column, in the table and in the JSON document (on c69bb59: "is not a number" here, and a
   * weight "Infinity" problem from the JSON reader).
   */
  @Test
  void aWeightTooLargeForADoubleIsOutOfRange() {
    String csv = "id;country;instrument;kind;indicator;weight;rationale;decided_by;decided_on\n"
        + "A-1;SGP;LOSI-2024;REWEIGHT;#252;1e400;r;b;2025-02-14\n";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> AdjustmentTables.readCsv(csv, "adj.csv"));
    assertEquals(List.of("adj.csv:2: weight \"1e400\" is out of range: a number must be finite, at most about 1.8e308"
        + " in magnitude"), e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    String json = "{\"schemaVersion\": 1, \"adjustments\": [{\"id\": \"A-1\", \"country\": \"SGP\", \"instrumentId\":"
        + " \"LOSI-2024\", \"kind\": \"REWEIGHT\", \"indicator\": \"#252\", \"weight\": 1e400, \"rationale\": \"r\","
        + " \"decidedBy\": \"b\", \"decidedOn\": \"2025-02-14\"}]}";
    assertProblems(() -> LosiJson.standard().readAdjustments(json, "adj.json"),
        "adj.json:$.adjustments[0]: weight \"1e400\" is out of range: a number must be finite, at most"
        + " about 1.8e308 in magnitude");
  }
}
