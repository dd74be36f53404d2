package dev.losi.stats.io;

import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.review.AssessorAnswer;
import dev.losi.stats.review.PendingItem;
import dev.losi.stats.review.Reconciliation;
import dev.losi.stats.review.ReviewerDecision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reviewer-decisions CSV of {@code losi reconcile}: columns {@code city,indicator,answer,reviewer}
 * and an optional {@code note}, one decision per row; further columns (the assessors' answers and evidence
 * that {@link #pendingCsv} writes) are read past. Answers are read by {@link Answer#parse}: {@code 1},
 * {@code 0}, {@code NA} or the names and labels ({@code PRESENT}, {@code Absent}, ...); "not assessed" is
 * not a decision. A row whose answer and reviewer are both blank is not a decision either: its item stays
 * pending, so a half-filled pending file is a valid decisions file. {@link #pendingCsv} writes this
 * layout with the answer and reviewer left blank, for the reviewer to fill in.
 *
 * @since 0.1.0
 */
public final class ReviewerDecisions {

  private static final List<String> COLUMNS = List.of("city", "indicator", "answer", "reviewer", "note");
  private static final List<String> EVIDENCE_COLUMNS = List.of("assessor", "answer", "channels", "url", "evidence_note");

  private ReviewerDecisions() {}

  /**
   * Reads a decisions file.
   *
   * @param file the CSV file; it names the decisions' {@link ReviewerDecision#source()}
   * @return the decisions in file order, each with its source and line
   * @throws LosiValidationException listing every problem with file, line, city and indicator: a missing
   *     column, an answer that is not one of 1, 0, NA, an empty answer with a reviewer, a blank reviewer
   *     with an answer, CSV syntax
   */
  public static List<ReviewerDecision> read(Path file) {
    ProblemCollector problems = new ProblemCollector();
    List<ReviewerDecision> out = decisions(CsvTable.read(file), problems, new ArrayList<>());
    problems.throwIfAny();
    return out;
  }

  /**
   * Reads a decisions file and checks it against the assessments it decides on, reporting every problem
   * of every row in one run, in line order: those of {@link #read(Path)} and those of
   * {@link Reconciliation#checkDecisions} (a city without assessments or with a single one, an indicator
   * not in the instrument, an item decided twice), also for rows whose answer is bad.
   *
   * @param file the decisions CSV; its path as given names it in problems
   * @param instrument the instrument the assessments answer
   * @param assessments the assessments the decisions settle (all assessors, before reconciliation)
   * @return the decisions in line order; rows left blank (pending) are not among them
   * @throws LosiValidationException listing every problem with file, line, city and indicator
   */
  public static List<ReviewerDecision> read(Path file, Instrument instrument, List<Assessment> assessments) {
    return read(CsvTable.read(file), instrument, assessments);
  }

  /**
   * Reads decisions from CSV bytes (UTF-8; not closed), for standard input, and checks them against the
   * assessments, as {@link #read(Path, Instrument, List)}.
   *
   * @param source names the bytes in problems and in {@link ReviewerDecision#source()}, for example {@code -}
   * @param in the CSV bytes, read to the end
   * @param instrument the instrument the assessments answer
   * @param assessments the assessments the decisions settle (all assessors, before reconciliation)
   * @return the decisions in line order; rows left blank (pending) are not among them
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static List<ReviewerDecision> read(InputStream in, String source, Instrument instrument,
      List<Assessment> assessments) throws IOException {
    return read(CsvTable.read(in, source, CsvFormat.standard()), instrument, assessments);
  }

  private static List<ReviewerDecision> read(CsvTable table, Instrument instrument, List<Assessment> assessments) {
    ProblemCollector problems = new ProblemCollector();
    List<ReviewerDecision> probes = new ArrayList<>();
    List<ReviewerDecision> out = decisions(table, problems, probes);
    List<Problem> all = new ArrayList<>(problems.problems());
    all.addAll(Reconciliation.checkDecisions(instrument, assessments, probes));
    if (!all.isEmpty()) {
      all.sort(Comparator.comparingLong(p -> p.line().orElse(0)));
      throw new LosiValidationException(all, problems.count() - problems.problems().size());
    }
    return out;
  }

  /**
   * Reads decisions from CSV bytes (UTF-8), as {@link #read(Path)}.
   *
   * @param source the name of the input in problems and in {@link ReviewerDecision#source()}
   * @param in the CSV bytes, read to the end
   * @return the decisions in line order; rows left blank (pending) are not among them
   * @throws IOException when the stream cannot be read
   */
  public static List<ReviewerDecision> read(String source, InputStream in) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    List<ReviewerDecision> out = decisions(CsvTable.read(in, source, CsvFormat.standard()), problems, new ArrayList<>());
    problems.throwIfAny();
    return out;
  }

  /**
   * The decisions of the rows; the problems of the others into {@code problems}. {@code probes} gets, for
   * every row naming a city and an indicator, its decision or a stand-in with the same item and line, for
   * the checks against the assessments.
   */
  private static List<ReviewerDecision> decisions(CsvTable t, ProblemCollector problems, List<ReviewerDecision> probes) {
    t.require(COLUMNS.subList(0, 4), "the header must be city,indicator,answer,reviewer[,note]", problems);
    problems.throwIfAny();
    List<ReviewerDecision> out = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      String city = t.cell(row, "city");
      String ind = t.cell(row, "indicator");
      String ans = t.cell(row, "answer");
      Problem.Builder at = t.at(row);
      if (!city.isEmpty()) {
        at.city(city);
      }
      if (!ind.isEmpty()) {
        at.indicator(ind);
      }
      String reviewer = t.cell(row, "reviewer");
      if (ans.isEmpty() && reviewer.isEmpty()) {
        continue;
      }
      Optional<Answer> a = Answer.parse(ans).filter(x -> x != Answer.NOT_ASSESSED);
      if (a.isEmpty()) {
        problems.add(at.field("answer").value(ans)
            .message(ans.isEmpty() ? "is empty: the reviewer must decide 1, 0 or NA (leave the reviewer blank too"
                + " to keep the item pending)" : "is not one of 1, 0, NA").build());
      } else {
        try {
          ReviewerDecision.Builder b = ReviewerDecision.builder().city(city).indicator(ind).answer(a.get())
              .reviewer(reviewer).source(t.source()).line(row.line());
          String note = t.cell(row, "note");
          if (!note.isEmpty()) {
            b.note(note);
          }
          ReviewerDecision d = b.build();
          out.add(d);
          probes.add(d);
          continue;
        } catch (LosiValidationException e) {
          problems.addAll(e);
        }
      }
      if (!city.isEmpty() && !ind.isEmpty()) {
        probes.add(ReviewerDecision.builder().city(city).indicator(ind).answer(Answer.ABSENT)
            .reviewer(reviewer.isEmpty() ? "?" : reviewer).source(t.source()).line(row.line()).build());
      }
    }
    return out;
  }

  /**
   * The items waiting for a decision as a decisions CSV to fill in: header
   * {@code city,indicator,answer,reviewer,note}, then for each assessor position {@code i} (1 to the
   * largest number of assessors of a pending item) the columns {@code assessor_i,answer_i,channels_i,
   * url_i,evidence_note_i}: the assessors in id order, their answer ({@code 1}, {@code 0}, {@code NA} or
   * blank when not assessed) and the evidence they recorded (channels joined by {@code |} in name order).
   * One row per item, with the answer and reviewer left blank and the note giving the reason and each
   * assessor's answer, for example {@code tie: PRESENT 1, ABSENT 1 (A PRESENT, B ABSENT)}.
   * Comma-separated, LF line ends; text cells that a spreadsheet would run as a formula get a leading
   * apostrophe.
   *
   * @param pending the items, for example {@code ReconciliationResult.pending()}
   * @return the CSV text
   */
  public static String pendingCsv(List<PendingItem> pending) {
    CsvFormat csv = CsvFormat.standard().withLineSeparator("\n");
    int assessors = pending.stream().mapToInt(p -> p.answers().size()).max().orElse(0);
    List<String> header = new ArrayList<>(COLUMNS);
    for (int i = 1; i <= assessors; i++) {
      for (String c : EVIDENCE_COLUMNS) {
        header.add(c + "_" + i);
      }
    }
    StringBuilder out = new StringBuilder(csv.record(header));
    for (PendingItem p : pending) {
      List<String> cells = new ArrayList<>(List.of(p.city().id(), p.indicator().code(), "", "",
          p.reason() + " (" + p.answers().stream().map(x -> x.assessorId() + " " + x.answer())
              .collect(Collectors.joining(", ")) + ")"));
      for (int i = 0; i < assessors; i++) {
        if (i >= p.answers().size()) {
          cells.addAll(List.of("", "", "", "", ""));
          continue;
        }
        AssessorAnswer a = p.answers().get(i);
        Optional<Evidence> e = a.evidence();
        cells.add(a.assessorId());
        cells.add(a.answer() == Answer.NOT_ASSESSED ? "" : a.answer().code());
        cells.add(e.map(x -> x.channels().stream().map(Channel::name).sorted().collect(Collectors.joining("|"))).orElse(""));
        cells.add(e.flatMap(Evidence::url).orElse(""));
        cells.add(e.flatMap(Evidence::note).orElse(""));
      }
      out.append(csv.record(cells.stream().map(CsvFormat::neutralise).toList()));
    }
    return out.toString();
  }

}
