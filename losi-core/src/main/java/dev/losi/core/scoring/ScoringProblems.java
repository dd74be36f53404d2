package dev.losi.core.scoring;

import dev.losi.core.Assessment;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import java.util.List;

/**
 * The wording of every problem scoring reports, in one place. A remedy names the API
 * ({@link #COUNT_AS_ABSENT_REMEDY}); a front end that calls it by another name (the CLI's
 * {@code --missing absent}) replaces that exact phrase, so the phrase is part of the contract.
 */
final class ScoringProblems {

  /** The remedy phrase of a missing-answer problem, kept verbatim: the CLI translates it. */
  static final String COUNT_AS_ABSENT_REMEDY = "use the COUNT_AS_ABSENT missing-answer policy";
  private static final String COUNT_AS_ABSENT = " (to count them as absent, " + COUNT_AS_ABSENT_REMEDY + ")";

  private ScoringProblems() {}

  private static Problem.Builder at(Assessment a) {
    return Problem.builder().city(a.city().id()).assessor(a.assessorId());
  }

  static Problem otherInstrument(Assessment a, Instrument instrument) {
    return at(a).field("instrument").value(a.instrumentId())
        .message("does not match the instrument being scored, \"" + instrument.id() + "\"").build();
  }

  static Problem unknownIndicator(Assessment a, String code, Instrument instrument, String localCodes) {
    return at(a).indicator(code).message("is not an indicator of instrument \"" + instrument.id() + "\""
        + (localCodes.isEmpty() ? "" : " nor a local indicator of this city (" + localCodes + ")")).build();
  }

  static Problem incomplete(Assessment a, List<String> missing, int size) {
    return at(a).field("answers").message(missing.size() + " of " + size
        + (size == 1 ? " indicator" : " indicators") + " not assessed, so the assessment is incomplete: "
        + String.join(", ", missing)
        + COUNT_AS_ABSENT).build();
  }

  static Problem localIncomplete(Assessment a, List<String> missing) {
    return at(a).field("answers").message(missing.size() + (missing.size() == 1 ? " local indicator" : " local indicators") + " not assessed: "
        + String.join(", ", missing) + COUNT_AS_ABSENT).build();
  }

  static Problem everythingExcluded(Assessment a) {
    return at(a).message("every indicator is excluded by adjustments, so the adjusted LOSI is undefined").build();
  }

  static Problem notExact(Instrument instrument, String why) {
    return Problem.builder().field("weights")
        .message("of instrument \"" + instrument.id() + "\" cannot be scored exactly: " + why).build();
  }

  static Problem notExact(Assessment a, String why) {
    return at(a).field("weights").message("the adjusted LOSI cannot be scored exactly: " + why).build();
  }
}
