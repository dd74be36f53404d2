package dev.losi.stats.agreement;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.stats.internal.ReliabilityAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reliability data: {@code units x raters} ratings on a {@link Scale}, with missing ratings allowed.
 * Stored as one primitive {@code int} array of category indices ({@link #MISSING} = -1), row by unit,
 * so coefficients run in one pass without a per-rating object.
 *
 * <p>Units and raters have string ids (for reports) and 0-based positions (for computation). A unit
 * may have any number of ratings from 0 to {@link #raters()}; a unit with fewer than two ratings is
 * kept but contributes nothing pairable.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(Scale)} (by id and label, collecting every
 * problem) or {@link #of(Scale, int[][])} (by index).
 *
 * @since 0.1.0
 */
public final class ReliabilityData {

  /** The code of a missing rating in {@link #of(Scale, int[][])} and {@link #code(int, int)}. */
  public static final int MISSING = -1;

  private final Scale scale;
  private final List<String> unitIds;
  private final List<String> raterIds;
  private final int[] codes;

  static {
    ReliabilityAccess.register(new Trusted());
  }

  private ReliabilityData(Scale scale, List<String> unitIds, List<String> raterIds, int[] codes) {
    this.scale = scale;
    this.unitIds = Ids.copy(unitIds);
    this.raterIds = Ids.copy(raterIds);
    this.codes = codes;
  }

  /**
   * The byte-level reader's entry ({@link ReliabilityAccess}): its codes and ids are checked already and its
   * arrays are its own, so they are taken as they are; the unit ids become strings only when asked for.
   */
  private static final class Trusted implements ReliabilityAccess.Factory {
    @Override
    public ReliabilityData trusted(Scale scale, byte[] unitText, int[] unitEnds, List<String> raterIds, int[] codes) {
      return new ReliabilityData(scale, Ids.slices(unitText, unitEnds), raterIds, codes);
    }
  }

  /**
   * Data from a packed {@code units x raters} matrix of category indices, row by unit:
   * {@code codes[unit * raters + rater]} is a category index or {@link #MISSING}. Units and raters are
   * named {@code 1, 2, ...} as in {@link #of(Scale, int[][])}, whose data this equals for the same
   * ratings; the ids are made on demand, so the data hold no string per unit. The array is copied.
   *
   * @param raters the number of raters (columns), at least 1
   * @param scale the scale the category indices refer to
   * @param codes {@code units * raters} category indices, row by unit
   * @return the data
   * @throws IllegalArgumentException when {@code codes.length} is not a multiple of {@code raters}, or an
   *     entry is neither a category index of the scale nor {@code MISSING}
   * @since 0.1.0
   */
  public static ReliabilityData of(Scale scale, int raters, int[] codes) {
    if (raters < 1 || codes.length % raters != 0) {
      throw new IllegalArgumentException("expected a multiple of " + raters + " codes (at least one rater), got "
          + codes.length);
    }
    checkCodes(scale, codes);
    return new ReliabilityData(scale, Ids.numbered(codes.length / raters), Ids.numbered(raters), codes.clone());
  }

  /**
   * Data from a {@code units x raters} matrix of category indices; {@link #MISSING} marks a missing
   * rating. Units are named {@code 1, 2, ...} and raters {@code 1, 2, ...}.
   *
   * @param ratings one row per unit, every row with the same number of raters (at least one)
   * @param scale the scale the category indices refer to
   * @return the data
   * @throws IllegalArgumentException listing every index outside {@code [0, scale.size())} other than
   *     {@code MISSING}, and ragged rows
   */
  public static ReliabilityData of(Scale scale, int[][] ratings) {
    int raters = ratings.length == 0 ? 0 : ratings[0].length;
    List<String> units = new ArrayList<>(ratings.length);
    List<String> rs = new ArrayList<>(raters);
    for (int r = 0; r < raters; r++) {
      rs.add(Integer.toString(r + 1));
    }
    int[] codes = new int[ratings.length * raters];
    ProblemCollector problems = new ProblemCollector();
    for (int u = 0; u < ratings.length; u++) {
      units.add(Integer.toString(u + 1));
      if (ratings[u].length != raters) {
        problems.add(Problem.builder().field("ratings").value("row " + (u + 1))
            .message("has " + ratings[u].length + " ratings; expected " + raters + " (one per rater, " + MISSING
                + " for missing)").build());
        continue;
      }
      for (int r = 0; r < raters; r++) {
        int c = ratings[u][r];
        if (c != MISSING && (c < 0 || c >= scale.size())) {
          problems.add(Problem.builder().field("rating").value(Integer.toString(c))
              .message("at unit " + (u + 1) + ", rater " + (r + 1) + " is not a category index in [0, " + scale.size()
                  + ") or " + MISSING + " (missing)").build());
        }
        codes[u * raters + r] = c;
      }
    }
    problems.throwIfAny();
    return new ReliabilityData(scale, units, rs, codes);
  }

  /**
   * Data from packed codes with unit and rater ids: the entry for readers that number units and raters
   * themselves (no per-rating object). {@code codes[unit * raterIds.size() + rater]} is a category
   * index or {@link #MISSING}; the array is copied.
   *
   * @param unitIds the unit ids in row order, non-blank, without repeats
   * @param raterIds the rater ids in column order, non-blank, without repeats
   * @param scale the scale the category indices refer to
   * @param codes {@code unitIds.size() * raterIds.size()} category indices, row by unit
   * @return the data
   * @throws IllegalArgumentException when {@code codes} does not have {@code units x raters} entries, an
   *     entry is neither a category index of the scale nor {@code MISSING}, or an id is blank or repeated
   * @since 0.1.0
   */
  public static ReliabilityData of(Scale scale, List<String> unitIds, List<String> raterIds, int[] codes) {
    if ((long) unitIds.size() * raterIds.size() != codes.length) {
      throw new IllegalArgumentException("expected " + unitIds.size() + " x " + raterIds.size() + " codes, got "
          + codes.length);
    }
    checkCodes(scale, codes);
    Ids.requireDistinct(unitIds);
    Ids.requireDistinct(raterIds);
    return new ReliabilityData(scale, unitIds, raterIds, codes.clone());
  }

  private static void checkCodes(Scale scale, int[] codes) {
    int q = scale.size();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] != MISSING && (codes[i] < 0 || codes[i] >= q)) {
        throw new IllegalArgumentException("code " + codes[i] + " at " + i + " is not a category index in [0, "
            + q + ") or " + MISSING + " (missing)");
      }
    }
  }

  /** Data from a builder's checked codes (no copy). */
  static ReliabilityData built(Scale scale, List<String> unitIds, List<String> raterIds, int[] codes) {
    return new ReliabilityData(scale, unitIds, raterIds, codes);
  }

  /**
   * {@return Starts data on the given scale}
   *
   * @param scale the scale of the ratings
   */
  public static Builder builder(Scale scale) {
    return new Builder(scale);
  }

  /** {@return the scale of the ratings} */
  public Scale scale() {
    return scale;
  }

  /** {@return the number of units (rows), including units with no rating} */
  public int units() {
    return unitIds.size();
  }

  /** {@return the number of raters (columns)} */
  public int raters() {
    return raterIds.size();
  }

  /** {@return the unit ids, in row order} */
  public List<String> unitIds() {
    return unitIds;
  }

  /** {@return the rater ids, in column order} */
  public List<String> raterIds() {
    return raterIds;
  }

  /**
   * {@return the category index given by rater {@code rater} to unit {@code unit}, or {@link #MISSING}}
   *
   * @param unit a 0-based unit position
   * @param rater a 0-based rater position
   */
  public int code(int unit, int rater) {
    return codes[unit * raterIds.size() + rater];
  }

  /**
   * {@return the category given by rater {@code rater} to unit {@code unit}, if rated}
   *
   * @param unit a 0-based unit position
   * @param rater a 0-based rater position
   */
  public Optional<Category> rating(int unit, int rater) {
    int c = code(unit, rater);
    return c == MISSING ? Optional.empty() : Optional.of(scale.category(c));
  }

  /** {@return the number of ratings present} */
  public long ratingCount() {
    long n = 0;
    for (int c : codes) {
      if (c != MISSING) {
        n++;
      }
    }
    return n;
  }

  /** {@return true when at least one unit lacks a rating from at least one rater} */
  public boolean hasMissing() {
    for (int c : codes) {
      if (c == MISSING) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the number of pairable values: the ratings in units that have at least two ratings (Krippendorff's
   * {@code n..}, the total of the coincidence matrix)}
   */
  public long pairableValues() {
    int raters = raters();
    long n = 0;
    for (int u = 0; u < units(); u++) {
      int m = 0;
      for (int r = 0; r < raters; r++) {
        if (codes[u * raters + r] != MISSING) {
          m++;
        }
      }
      if (m >= 2) {
        n += m;
      }
    }
    return n;
  }

  /**
   * The same units rated only by the given raters (by position), in the given order; useful for one
   * pair of raters.
   *
   * @param raterPositions 0-based rater positions
   * @return the data with those raters only
   * @throws IndexOutOfBoundsException for a position outside {@code [0, raters())}
   */
  public ReliabilityData selectRaters(int... raterPositions) {
    int raters = raters();
    int[] out = new int[units() * raterPositions.length];
    List<String> ids = new ArrayList<>();
    for (int p : raterPositions) {
      ids.add(raterIds.get(p));
    }
    for (int u = 0; u < units(); u++) {
      for (int j = 0; j < raterPositions.length; j++) {
        out[u * raterPositions.length + j] = codes[u * raters + raterPositions[j]];
      }
    }
    return new ReliabilityData(scale, unitIds, ids, out);
  }

  /** {@return a copy of the codes, row by unit ({@code codes[unit * raters() + rater]})} */
  public int[] codes() {
    return codes.clone();
  }

  int[] codesNoCopy() {
    return codes;
  }

  @Override
  public String toString() {
    return "ReliabilityData[" + units() + " units x " + raters() + " raters, " + scale + "]";
  }

  /**
   * Builds {@link ReliabilityData} from ratings given by unit id, rater id and category. Units and
   * raters are numbered in order of first appearance (or declared up front with {@link #unit} and
   * {@link #rater}). Every problem (unknown label, a second rating for the same unit and rater) is
   * collected and reported together by {@link #build()}.
   *
   * <p>Ratings are kept in growable primitive arrays. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final RatingLog log;

    Builder(Scale scale) {
      this.log = new RatingLog(scale);
    }

    /**
     * Declares a unit (so that a unit nobody rated still appears); returns its position.
     *
     * @param unitId the unit id
     * @return its 0-based position, the same when declared again
     */
    public int unit(String unitId) {
      return log.unit(unitId);
    }

    /**
     * Declares a rater (so that a rater who rated nothing still appears); returns its position.
     *
     * @param raterId the rater id
     * @return its 0-based position, the same when declared again
     */
    public int rater(String raterId) {
      return log.rater(raterId);
    }

    /**
     * Records a rating.
     *
     * @param unitId the unit id
     * @param raterId the rater id
     * @param category a category of the builder's scale
     * @return this builder
     */
    public Builder rate(String unitId, String raterId, Category category) {
      log.rate(unitId, raterId, category);
      return this;
    }

    /**
     * Records a rating given by category index.
     *
     * @param unitId the unit id
     * @param raterId the rater id
     * @param categoryIndex a 0-based index into the scale
     * @return this builder
     */
    public Builder rate(String unitId, String raterId, int categoryIndex) {
      log.rate(unitId, raterId, categoryIndex);
      return this;
    }

    /**
     * Records a rating given by label; an unknown label is collected as a problem.
     *
     * @param unitId the unit id
     * @param raterId the rater id
     * @param label a label of the scale
     * @return this builder
     */
    public Builder rate(String unitId, String raterId, String label) {
      return rate(unitId, raterId, label, Problem.builder());
    }

    /**
     * Records a rating given by label; a problem (unknown label, duplicate rating) is built on
     * {@code where}, so a reader can pass the file name and line, for example
     * {@code Problem.builder().source("ratings.csv").line(17)}.
     *
     * @param unitId the unit id
     * @param raterId the rater id
     * @param label a label of the scale
     * @param where the problem's location (source, line)
     * @return this builder
     */
    public Builder rate(String unitId, String raterId, String label, Problem.Builder where) {
      log.rate(unitId, raterId, label, where);
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data, units and raters in order of first declaration
     * @throws dev.losi.core.LosiValidationException listing every problem: unknown labels, and each
     *     unit and rater with more than one rating
     */
    public ReliabilityData build() {
      return log.build();
    }
  }
}
