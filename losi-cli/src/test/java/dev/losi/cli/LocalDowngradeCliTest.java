package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 3: a local MGP-specific indicator ({@code ADD_LOCAL_INDICATOR}) found only on social
 * media does not count (docs/scoring.md, channel-scope rule) and is listed as a downgrade in every
 * output. On 93d9180 it was silently not counted: no downgrade in the table, CSV or JSON.
 *
 * <p>Hand computation: city X (DEU), with {@code --missing absent}, answers D04 (channel-independent)
 * present on the national portal and the local BR-01 (MGP-specific, weight 1) present on social media
 * only. Standard LOSI 1/12; local sub-score 0/1; downgrades: exactly BR-01 on SOCIAL_MEDIA.
 */
class LocalDowngradeCliTest {

  @TempDir Path dir;
  String instrument;
  String assessments;
  String adjustments;

  @BeforeEach
  void files() throws Exception {
    instrument = CliFixture.instrument(dir);
    assessments = Files.writeString(dir.resolve("a.csv"), ScoreCommandTest.HEADER
        + "X,Xstadt,DEU,A,D04,1,NATIONAL_PORTAL,,\n"
        + "X,Xstadt,DEU,A,BR-01,1,SOCIAL_MEDIA,https://social.example/x,\n").toString();
    adjustments = Files.writeString(dir.resolve("adj.csv"),
        "id,country,instrument,kind,indicator,accepted_channels,weight,cities,rationale,decided_by,decided_on,"
        + "local_code,local_title,local_description,local_criterion,local_channel_scope,local_weight\n"
        + "DEU-01,DEU,SMALL-12,ADD_LOCAL_INDICATOR,,,,,Rural needs,Board,2025-02-14,"
        + "BR-01,Rural service points,,SP,MGP_SPECIFIC,\n").toString();
  }

  private Cli score(String format) {
    return Cli.run("score", "--instrument", instrument, "--assessments", assessments, "--adjustments", adjustments,
        "--missing", "absent", "--format", format);
  }

  @Test
  void aLocalIndicatorFoundOnlyOnSocialMediaIsADowngradeInEveryOutput() throws Exception {
    Cli csv = score("csv");
    assertEquals(0, csv.exitCode(), csv::toString);
    List<String> lines = csv.out().lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<String> row = List.of(lines.get(1).split(",", -1));
    assertEquals("BR-01:SOCIAL_MEDIA", row.get(header.indexOf("downgrades")), csv::toString);
    assertEquals("0", row.get(header.indexOf("local_points")), csv::toString);

    JsonNode city = new ObjectMapper().readTree(score("json").out()).get("results").get(0);
    assertEquals("[{\"indicator\":\"BR-01\",\"channels\":[\"SOCIAL_MEDIA\"]}]", city.get("downgrades").toString());

    Cli table = score("table");
    assertEquals(0, table.exitCode(), table::toString);
    String rowLine = table.out().lines().filter(l -> l.startsWith("X ")).findFirst().orElseThrow();
    assertTrue(rowLine.strip().endsWith(" 1"), table::toString);
  }
}
