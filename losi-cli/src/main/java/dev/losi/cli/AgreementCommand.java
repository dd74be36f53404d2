package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Problems;
import dev.losi.cli.internal.Progress;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.Problem;
import dev.losi.io.Assessments;
import dev.losi.stats.Estimate;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.agreement.CoefficientResult;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.io.ReliabilityCsv;
import dev.losi.stats.io.StatisticsCsv;
import dev.losi.stats.io.StatisticsJson;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentAnswers;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.Disagreement;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.stats.review.ReviewBootstrap;
import dev.losi.stats.review.ReviewSettings;
import dev.losi.stats.uncertainty.CityLosiInterval;
import dev.losi.stats.uncertainty.ReviewAndIntervals;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code losi agreement}: agreement between assessors, or on any reliability data. */
@Command(
    name = "agreement",
    header = "Agreement between assessors, or every coefficient on unit,rater,value data.",
    usageHelpWidth = 120,
    mixinStandardHelpOptions = true,
    description = {
        "Two uses:",
        "1. --assessments FILE: the reviewer's views of LOSI assessments with two or more assessors per city:",
        "   agreement overall, per indicator (most disagreement first: candidates for rewording), per criterion,",
        "   per city (raw disagreement against --threshold, the UN platform's alert) and per assessor pair, and",
        "   the list of items the assessors answered differently.",
        "2. --data FILE --level LEVEL: every coefficient on reliability data in a CSV with columns unit,rater,value",
        "   (one row per rating; a missing rating is simply absent).",
        "Coefficients: percent agreement, Cohen's kappa (weighted at ordered levels), Scott's pi, Bennett's S,",
        "Fleiss' kappa, Randolph's kappa, Gwet's AC1 (AC2), Krippendorff's alpha; the prevalence-robust AC1 and",
        "Bennett's S are always shown beside kappa and alpha (the kappa paradox). See docs/agreement.md."},
    footer = {
        "",
        "Examples:",
        "  losi agreement --assessments assessments.csv --instrument LOSI-2024 --threshold 0.05",
        "  losi agreement --data ratings.csv --level ordinal --bootstrap 1000 --seed 2024 --format json"})
final class AgreementCommand extends LosiCommand {

  @Option(names = "--assessments", paramLabel = "FILE", description = "LOSI assessments (.csv, .xlsx or .json).")
  Path assessments;

  @Mixin InstrumentOption.OfAssessments instrument;

  @Option(names = "--threshold", paramLabel = "SHARE", defaultValue = "0.05",
      description = "Raw disagreement above which a city is flagged, in [0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--coding", paramLabel = "scored|as-answered", defaultValue = "scored",
      description = "scored (default): the answers as LOSI scores them (PRESENT 1; ABSENT, NA and an off-portal PRESENT"
          + " of an MGP-specific indicator 0); as-answered: the three raw answers.")
  String coding;

  @Option(names = "--data", paramLabel = "FILE", description = "Reliability data: CSV with columns unit,rater,value.")
  Path data;

  @Option(names = "--level", paramLabel = "LEVEL",
      description = "nominal, ordinal, interval or ratio (with --data; values must be numbers beyond nominal).")
  String level;

  @Option(names = "--categories", paramLabel = "LIST", split = ",",
      description = "With --data: every category of the scale, lowest first (default: the values present). Declare unused"
          + " categories: their number q enters Bennett's S, Randolph's kappa and Gwet's AC1.")
  List<String> categories;

  @Option(names = "--bootstrap", paramLabel = "N",
      description = "With --data: a seeded bootstrap of Krippendorff's alpha over units (N from " + MIN_BOOTSTRAP + " to "
          + MAX_BOOTSTRAP + "), with P(alpha < 0.667) and P(alpha < 0.800). With --assessments: a cluster bootstrap over"
          + " cities of every coefficient, beside the analytic interval (which assumes independent items).")
  Integer bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Table: how many indicators and disagreements to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin AssessmentTableOptions table;

  @Mixin TableCsvOrJson output;

  private Progress progress;

  @Override
  int run() {
    if ((assessments == null) == (data == null)) {
      throw usage("use either --assessments FILE or --data FILE --level LEVEL");
    }
    OutputOptions.TextBody body;
    Path input = assessments != null ? assessments : data;
    try (Progress p = Progress.start(err(), "agreement", quiet, input)) {
      progress = p;
      if (assessments != null) {
        body = review();
      } else {
        String text = reliability();
        body = w -> w.write(text);
      }
    }
    output.write(body, out());
    return OK;
  }

  private CommandLine.ParameterException usage(String m) {
    return new CommandLine.ParameterException(spec.commandLine(), m);
  }

  // --- LOSI assessments -------------------------------------------------------------------

  /** The review in the chosen format: JSON written a value at a time (it grows with the cities), else a text. */
  private OutputOptions.TextBody review() {
    if (level != null || categories != null) {
      throw usage("--level and --categories go with --data");
    }
    Integer replicates = bootstrapReplicates(bootstrap, "replicates");
    if (!(threshold >= 0 && threshold <= 1)) {
      throw usage("--threshold must be in [0, 1], got " + NumberText.shortest(threshold));
    }
    AnswerCoding c = switch (coding) {
      case "scored" -> AnswerCoding.SCORED;
      case "as-answered" -> AnswerCoding.AS_ANSWERED;
      default -> throw usage("--coding must be scored or as-answered, got \"" + coding + "\"");
    };
    Instrument ins = instrument.instrument();
    AssessmentAnswers list = readAssessments(ins, table.reader(ins));
    // the review here, the city intervals (which score every assessment) on a thread of their own meanwhile
    ReviewAndIntervals computed = ReviewAndIntervals.of(list, new ReviewSettings(threshold, c),
        Runtime.getRuntime().availableProcessors());
    AssessmentReview r = computed.review();
    if (r.byCity().isEmpty()) {
      List<String> ids = r.singleAssessorCities().stream().map(x -> x.id()).toList();
      throw Problems.single(Problem.builder().source(assessments.toString())
          .message("has no city with two or more assessors, which agreement needs"
              + (ids.isEmpty() ? "" : ids.size() == 1 ? "; the city with only one is " : "; the " + ids.size()
                  + " cities with only one are ")
              + String.join(", ", ids.subList(0, Math.min(ids.size(), 20))) + (ids.size() > 20 ? ", ..." : "")).build());
    }
    ReviewBootstrap boot = null;
    if (replicates != null) {
      if (r.byCity().size() < 2) {
        throw usage("--bootstrap resamples cities and needs at least 2 cities with two or more assessors; "
            + assessments + " has " + r.byCity().size());
      }
      boot = ReviewBootstrap.of(r, list, ClusterBootstrap.withReplicates(replicates).withSeed(seed)
          .withThreads(Runtime.getRuntime().availableProcessors()));
    }
    List<CityLosiInterval.Result> losi = computed.intervals();
    ReviewBootstrap b = boot;
    if (output.format() == OutputFormat.JSON) {
      return w -> StatisticsJson.writeReview(r, b, losi, w, Runtime.getRuntime().availableProcessors());
    }
    String text = output.format() == OutputFormat.CSV ? StatisticsCsv.review(r) : reviewText(r, boot, losi);
    return w -> w.write(text);
  }

  /**
   * The assessments, packed: a CSV file by {@link Assessments.Reader#readPacked}, whose byte-level path builds no
   * object per answer (a file with problems is read again by the general reader); anything else as every
   * command reads it.
   */
  private AssessmentAnswers readAssessments(Instrument ins, Assessments.Reader reader) {
    Path name = assessments.getFileName();
    if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(assessments)) {
      AssessmentAnswers.Builder b = AssessmentAnswers.builder(ins);
      Problems.reading(assessments, () -> {
        reader.readPacked(assessments, progress::bytesRead, b::add);
        return b;
      });
      return b.build();
    }
    return AssessmentAnswers.of(ins, AssessmentTableOptions.read(assessments, reader, progress));
  }

  private String reviewText(AssessmentReview r, ReviewBootstrap boot, List<CityLosiInterval.Result> losi) {
    StringBuilder sb = new StringBuilder();
    GroupAgreement all = r.overall();
    sb.append("Agreement between assessors on ").append(r.instrument().id()).append(": ").append(r.byCity().size())
        .append(" cities compared, ").append(all.itemsCompared()).append(" city-indicator items, ")
        .append(all.itemsDisagreeing()).append(" answered differently (raw disagreement ")
        .append(pct(all.rawDisagreement())).append(").\n");
    sb.append(r.settings().coding() == AnswerCoding.SCORED
        ? "Coding: scored (every figure compares answers as LOSI scores them: PRESENT 1; ABSENT, NA and a PRESENT"
            + " found only off the portal for an MGP-specific indicator 0; --coding as-answered compares the raw"
            + " answers).\n\n"
        : "Coding: as-answered (every figure compares the raw answers PRESENT, ABSENT, NA; --coding scored compares"
            + " them as LOSI scores them).\n\n");
    sb.append("Overall\n").append(coefficients(all.report())).append('\n');
    if (boot != null) {
      sb.append("Cluster bootstrap over ").append(r.byCity().size()).append(" cities (").append(boot.replicates())
          .append(" replicates, seed ").append(boot.seed()).append("; the analytic interval assumes independent items)\n");
      java.util.Map<String, java.util.Map<Coefficient, ClusterBootstrap.Result>> views = new java.util.LinkedHashMap<>();
      views.put("overall", boot.overall());
      views.putAll(boot.byCriterion());
      sb.append(bootstrapTable(views)).append("(--format json gives the bootstrap of every indicator too)\n\n");
    }
    sb.append("Indicators with most disagreement (candidates for rewording)\n");
    Tabular ti = new Tabular(List.of("indicator", "title", "cities", "differ", "raw", "AC1", "kappa")).numeric(2, 3, 4, 5, 6);
    for (GroupAgreement g : r.byIndicator().stream().limit(top).toList()) {
      ti.add(List.of(g.key(), g.label(), Long.toString(g.itemsCompared()), Long.toString(g.itemsDisagreeing()),
          pct(g.rawDisagreement()), value(g.report(), "gwet_ac1"), value(g.report(), "cohen_kappa")));
    }
    sb.append(ti.toText()).append('\n');
    sb.append("Criteria\n");
    Tabular tc = new Tabular(List.of("criterion", "items", "differ", "raw", "AC1", "kappa", "alpha")).numeric(1, 2, 3, 4, 5, 6);
    for (GroupAgreement g : r.byCriterion()) {
      tc.add(List.of(g.key(), Long.toString(g.itemsCompared()), Long.toString(g.itemsDisagreeing()),
          pct(g.rawDisagreement()), value(g.report(), "gwet_ac1"), value(g.report(), "cohen_kappa"),
          value(g.report(), "krippendorff_alpha")));
    }
    sb.append(tc.toText()).append('\n');
    sb.append("Cities (alert: raw disagreement above ").append(pct(java.util.OptionalDouble.of(threshold))).append(")\n");
    Tabular tcity = new Tabular(List.of("city", "name", "assessors", "items", "differ", "raw", "alert", "LOSI",
        "95% CI")).numeric(3, 4, 5, 7);
    java.util.Map<String, CityLosiInterval.Result> losiOf = new java.util.HashMap<>();
    losi.forEach(x -> losiOf.put(x.city().id(), x));
    for (CityAgreement a : r.byCity()) {
      CityLosiInterval.Result l = losiOf.get(a.city().id());
      tcity.add(List.of(a.city().id(), a.city().name(), String.join(" ", a.assessorIds()), Long.toString(a.itemsCompared()),
          Long.toString(a.itemsDisagreeing()), pct(a.rawDisagreement()), a.alert() ? "ALERT" : "",
          Output.display(l.losi()), l.estimate().confidenceInterval().map(ci -> "[" + Output.display(ci.lower()) + ", "
              + Output.display(ci.upper()) + "]" + (l.clipped() ? " clipped" : "")).orElse("-")));
    }
    sb.append(tcity.toText());
    sb.append("City LOSI: the mean over the city's assessors, 95% t interval with se = sd/sqrt(n) (assessors"
        + " exchangeable, indicators fixed; unassessed indicators count as absent), clipped to [0, 1]; undefined for"
        + " one assessor.\n");
    if (!r.singleAssessorCities().isEmpty()) {
      sb.append("Not compared (a single assessment): ")
          .append(r.singleAssessorCities().stream().map(x -> x.id()).collect(Collectors.joining(", "))).append('\n');
    }
    List<Disagreement> ds = r.disagreements();
    sb.append('\n').append(ds.size()).append(" disagreements for the reviewer");
    sb.append(ds.size() > top ? " (first " + top + "; --format json lists all):\n" : ":\n");
    for (Disagreement d : ds.stream().limit(top).toList()) {
      sb.append("  ").append(d.city().id()).append(' ').append(d.indicator().code()).append(": ")
          .append(d.answers().stream().map(a -> a.assessorId() + " " + a.answer()
              + a.evidence().flatMap(e -> e.channels().isEmpty() ? java.util.Optional.<String>empty()
                  : java.util.Optional.of(" " + e.channels())).orElse(""))
              .collect(Collectors.joining(", "))).append('\n');
    }
    return sb.toString();
  }

  private static String pct(java.util.OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * d.getAsDouble()) : "-";
  }

  private static String value(AgreementReport r, String key) {
    for (CoefficientResult c : r.results()) {
      if (c.coefficient().key().equals(key)) {
        return c.estimateIfApplicable().filter(Estimate::isDefined).map(e -> Output.display(e.value())).orElse("-");
      }
    }
    return "-";
  }

  /** Each view's coefficients with the analytic and the cluster-bootstrap interval, both clipped. */
  private static String bootstrapTable(java.util.Map<String, java.util.Map<Coefficient, ClusterBootstrap.Result>> views) {
    Tabular t = new Tabular(List.of("view", "coefficient", "value", "analytic 95% CI", "bootstrap 95% CI", "note"))
        .numeric(2);
    views.forEach((view, results) -> results.forEach((c, res) -> {
      List<String> notes = new java.util.ArrayList<>();
      res.analytic().filter(ClusterBootstrap.ClippedInterval::clipped).ifPresent(x -> notes.add("analytic clipped"));
      res.bootstrap().filter(ClusterBootstrap.ClippedInterval::clipped).ifPresent(x -> notes.add("bootstrap clipped"));
      if (res.undefinedReplicates() > 0) {
        notes.add(res.undefinedReplicates() + " replicates undefined");
      }
      t.add(List.of(view, c.key(), res.point().isDefined() ? Output.display(res.point().value()) : "-",
          res.analytic().map(x -> bounds(x.interval())).orElse("-"), res.bootstrap().map(x -> bounds(x.interval())).orElse("-"),
          String.join("; ", notes)));
    }));
    return t.toText();
  }

  private static String clippedTo(Coefficient c) {
    return Double.isInfinite(c.minimum()) ? "clipped to at most " + NumberText.of(c.maximum())
        : "clipped to [" + NumberText.of(c.minimum()) + ", " + NumberText.of(c.maximum()) + "]";
  }

  private static String bounds(dev.losi.stats.ConfidenceInterval ci) {
    return "[" + Output.display(ci.lower()) + ", " + Output.display(ci.upper()) + "]";
  }

  /** Every coefficient of a report, with standard error and interval, then the prevalence note. */
  static String coefficients(AgreementReport r) {
    Tabular t = new Tabular(List.of("coefficient", "value", "se", "95% CI", "note")).numeric(1, 2);
    for (CoefficientResult c : r.results()) {
      if (!c.isApplicable()) {
        t.add(List.of(c.coefficient().key(), "", "", "", "not applicable: " + c.notApplicableReason().orElse("")));
        continue;
      }
      Estimate e = c.estimate();
      if (!e.isDefined()) {
        t.add(List.of(c.coefficient().key(), "", "", "", "undefined: " + e.undefinedReason().orElse("")));
        continue;
      }
      java.util.Optional<ClusterBootstrap.ClippedInterval> ci = e.confidenceInterval().map(c.coefficient()::clip);
      t.add(List.of(c.coefficient().key(), Output.display(e.value()),
          e.standardError().isPresent() ? Output.display(e.standardError().getAsDouble()) : "",
          ci.map(x -> bounds(x.interval())).orElse(""),
          ci.map(x -> x.interval().method() + (x.clipped() ? "; " + clippedTo(c.coefficient()) : "")).orElse("")));
    }
    StringBuilder sb = new StringBuilder(t.toText());
    r.prevalenceNote().ifPresent(n -> sb.append("Note: ").append(n).append('\n'));
    r.alphaBootstrap().ifPresent(b -> sb.append("Bootstrap of alpha: ").append(b).append('\n'));
    return sb.toString();
  }

  // --- generic reliability data -----------------------------------------------------------

  private String reliability() {
    if (level == null) {
      throw usage("--data needs --level nominal|ordinal|interval|ratio");
    }
    MeasurementLevel lvl;
    try {
      lvl = MeasurementLevel.parse(level);
    } catch (IllegalArgumentException e) {
      throw usage("--level must be nominal, ordinal, interval or ratio, got \"" + level + "\"");
    }
    Integer replicates = bootstrapReplicates(bootstrap, "replicates");
    List<String> cats = categories == null ? List.of() : categories;
    ReliabilityData d;
    if (Output.isStandardStream(data)) {
      d = Problems.reading(data, () -> ReliabilityCsv.read("-", System.in, lvl, cats));
    } else if (progress.active() && Files.isRegularFile(data)) {
      d = Problems.reading(data, () -> {
        try (InputStream in = progress.counting(Files.newInputStream(data))) {
          return ReliabilityCsv.read(data.toString(), in, lvl, cats);
        }
      });
    } else {
      d = ReliabilityCsv.read(data, lvl, cats);
    }
    AgreementReport report = replicates == null ? AgreementReport.of(d, lvl)
        : AgreementReport.withBootstrap(d, lvl, replicates, seed, 0.667, 0.8);
    if (output.json()) {
      return StatisticsJson.agreement(report);
    }
    if (output.format() == OutputFormat.CSV) {
      return StatisticsCsv.agreement(report);
    }
    return "Agreement on " + data + ": " + report.units() + " units, " + report.raters() + " raters, "
        + report.pairableValues() + " pairable values, level " + lvl.key() + ", scale " + d.scale() + "\n\n"
        + coefficients(report);
  }
}
