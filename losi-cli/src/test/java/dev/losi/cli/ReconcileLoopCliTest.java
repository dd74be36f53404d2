package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.io.LosiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 11, in the CLI: {@code losi reconcile} takes a half-filled pending file as
 * {@code --decisions} and says, per city, why agreement counts fewer items. The counts are worked out by
 * hand in the comments.
 */
class ReconcileLoopCliTest {

  @TempDir Path dir;
  String instrument;
  Path assessments;

  @BeforeEach
  void files() throws Exception {
    Instrument t4 = Instrument.builder().id("T-4").editionYear(2024).title("Test instrument")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION)
        .addIndicators(indicator("#1", "IF", ChannelScope.CHANNEL_INDEPENDENT),
            indicator("#2", "IF", ChannelScope.CHANNEL_INDEPENDENT),
            indicator("#3", "CP", ChannelScope.CHANNEL_INDEPENDENT), indicator("#4", "CP", ChannelScope.MGP_SPECIFIC))
        .build();
    Path ins = dir.resolve("t4.json");
    LosiJson.standard().writeInstrument(t4, ins);
    instrument = ins.toString();
    // X: #1 1/1; #2 0/NA (both score 0); #3 only A answered; #4 (MGP-specific) 1 on social media only / 0.
    assessments = Files.writeString(dir.resolve("a.csv"),
        "city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n"
        + "X,Xville,BRA,A,#1,1,,,\nX,Xville,BRA,B,#1,1,,,\n"
        + "X,Xville,BRA,A,#2,0,,,\nX,Xville,BRA,B,#2,NA,,,\n"
        + "X,Xville,BRA,A,#3,1,,https://x.example/3,\n"
        + "X,Xville,BRA,A,#4,1,SOCIAL_MEDIA,https://social.example/x,\nX,Xville,BRA,B,#4,0,,,\n");
  }

  private static Indicator indicator(String code, String criterion, ChannelScope scope) {
    return Indicator.builder().code(code).title("Feature " + code).criterion(criterion).channelScope(scope).build();
  }

  /** Three items wait; agreement (as scored) counts none of them: one each of the three kinds. */
  @Test
  void theSummaryExplainsTheCountThatDiffersFromAgreement() throws Exception {
    Path pending = dir.resolve("to-decide.csv");
    Cli r = Cli.run("reconcile", "--instrument", instrument, "--assessments", assessments.toString(),
        "--out", dir.resolve("c.csv").toString(), "--pending", pending.toString());
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.out().contains("  X (A, B): NOT reconciled; 3 items need a reviewer decision\n"
        + "    losi agreement counts 0 of these 3 items as answered differently: 1 differs only between ABSENT and NA,"
        + " which both score 0; 1 has a PRESENT found only off the portal, which scores 0 as ABSENT and NA do;"
        + " 1 answered by fewer than two assessors, which agreement does not compare\n"), r::toString);
    Cli agreement = Cli.run("agreement", "--instrument", instrument, "--assessments", assessments.toString());
    assertTrue(agreement.out().contains("0 answered differently"), agreement::toString);

    // Decide #2 only: #3 and #4 stay pending and are listed.
    Files.writeString(pending, Files.readString(pending).replace("X,#2,,,", "X,#2,0,R1,"));
    Cli half = Cli.run("reconcile", "--instrument", instrument, "--assessments", assessments.toString(),
        "--decisions", pending.toString(), "--out", dir.resolve("c2.csv").toString(), "--format", "json");
    assertEquals(0, half.exitCode(), half::toString);
    com.fasterxml.jackson.databind.JsonNode x = new com.fasterxml.jackson.databind.ObjectMapper().readTree(half.out())
        .get("cities").get(0);
    assertEquals("{\"disagreement\":0,\"absent_versus_not_applicable\":1,\"off_portal_present\":1,"
        + "\"not_compared\":1,\"agreed\":0}", x.get("as_agreement_counts").toString());
    assertEquals("reviewer_decision absent_versus_not_applicable", x.get("resolved").get(0).get("resolution").asText()
        + " " + x.get("resolved").get(0).get("in_agreement").asText());
    assertEquals("#3 #4", x.get("pending").get(0).get("indicator").asText() + " "
        + x.get("pending").get(1).get("indicator").asText());
  }
}
