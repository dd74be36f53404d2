package dev.losi.stats.io;

import static dev.losi.stats.io.Fixture.INSTRUMENT;
import static dev.losi.stats.io.Fixture.assessments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ReviewerDecision;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pending-decisions file, filled in by a reviewer, reads back as the decisions that complete the reconciliation. */
class DecisionsRoundTripTest {

  @TempDir Path dir;

  /** X ties on #2 and #4 (A = 1 1 0 1, B = 1 0 0 0): two pending items; deciding both completes X. */
  @Test
  void pendingFileFilledInCompletesTheReconciliation() throws IOException {
    List<Assessment> as = assessments("X A 1101", "X B 1000", "Y A 1111", "Y B 1111");
    ReconciliationResult r = Reconciliation.reconcile(INSTRUMENT, as, List.of());
    String pending = ReviewerDecisions.pendingCsv(r.pending());
    assertEquals("city,indicator,answer,reviewer,note,"
        + "assessor_1,answer_1,channels_1,url_1,evidence_note_1,assessor_2,answer_2,channels_2,url_2,evidence_note_2\n"
        + "X,#2,,,\"tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)\",A,1,,https://x.example/A/2,,B,0,,,\n"
        + "X,#4,,,\"tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)\",A,1,,https://x.example/A/4,,B,0,,,\n", pending);
    String filled = pending.replace("X,#2,,,", "X,#2,0,R1,").replace("X,#4,,,", "X,#4,1,R2,");
    Path file = Files.writeString(dir.resolve("decided.csv"), filled);
    List<ReviewerDecision> ds = ReviewerDecisions.read(file, INSTRUMENT, as);
    assertEquals(List.of("R1", "R2"), ds.stream().map(ReviewerDecision::reviewer).toList());
    ReconciliationResult done = Reconciliation.reconcile(INSTRUMENT, as, ds);
    assertTrue(done.isComplete());
    Assessment x = done.consensusAssessments().get(0);
    assertEquals(List.of(Answer.PRESENT, Answer.ABSENT, Answer.ABSENT, Answer.PRESENT),
        INSTRUMENT.indicators().stream().map(i -> x.answer(i.code())).toList());
  }

  /**
   * Issue 15, items 9 and 22: a bad answer, an unknown city and an unknown indicator are reported in one
   * run, in line order (on cb3af66 the unknown city and indicator appeared only after the answer was fixed).
   */
  @Test
  void everyProblemOfEveryRowInOneRun() throws IOException {
    List<Assessment> as = assessments("X A 1101", "X B 1000");
    Path file = Files.writeString(dir.resolve("d.csv"),
        "city,indicator,answer,reviewer\nX,#2,yes,R\nNOPE,#2,1,R\nX,#9,0,R\nX,#4,1,\nX,#4,0,R\n");
    String n = file.toString();
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> ReviewerDecisions.read(file, INSTRUMENT, as));
    assertEquals(List.of(
        n + ":2: city \"X\" indicator \"#2\": answer \"yes\" is not one of 1, 0, NA",
        n + ":3: city \"NOPE\" indicator \"#2\": city \"NOPE\" has no assessments to reconcile",
        n + ":4: city \"X\" indicator \"#9\": indicator \"#9\" is not an indicator of T-4",
        n + ":5: city \"X\" indicator \"#4\": reviewer must not be blank: every decision names its reviewer",
        n + ":6: city \"X\" indicator \"#4\": is decided more than once (also by ? at line 5)"),
        e.problems().stream().map(Problem::toString).toList());
  }

  /**
   * Any decisions written as RFC 4180 CSV by a second, minimal writer in this test (every field quoted,
   * quotes doubled) read back field for field.
   */
  @Property(tries = 200)
  void decisionsReadBackAsWritten(@ForAll @Size(min = 1, max = 8) List<@AlphaChars @NumericChars
      @Chars({' ', ',', '"', '#', ';', '\n', 'é'}) @StringLength(min = 1, max = 12) String> texts,
      @ForAll @Size(min = 1, max = 8) List<Answer> answers) throws IOException {
    StringBuilder csv = new StringBuilder("city,indicator,answer,reviewer,note\n");
    List<String[]> expected = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i).strip();
      Answer a = answers.get(i % answers.size());
      if (t.isEmpty() || a == Answer.NOT_ASSESSED || "=+-@".indexOf(t.charAt(0)) >= 0) {
        continue;
      }
      String[] row = {t, "#" + i, a.code(), t + " r", i % 2 == 0 ? "" : t};
      expected.add(row);
      List<String> quoted = new ArrayList<>();
      for (String f : row) {
        quoted.add('"' + f.replace("\"", "\"\"") + '"');
      }
      csv.append(String.join(",", quoted)).append("\r\n");
    }
    List<ReviewerDecision> ds = ReviewerDecisions.read("p.csv",
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected.size(), ds.size());
    for (int i = 0; i < ds.size(); i++) {
      String[] row = expected.get(i);
      ReviewerDecision d = ds.get(i);
      assertEquals(List.of(row[0], row[1], Answer.parse(row[2]).orElseThrow().name(), row[3], row[4]),
          List.of(d.city(), d.indicator(), d.answer().name(), d.reviewer(), d.note().orElse("")));
    }
  }
}
