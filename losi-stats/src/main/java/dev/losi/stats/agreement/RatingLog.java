package dev.losi.stats.agreement;

import static dev.losi.stats.agreement.ReliabilityData.MISSING;

import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine of {@link ReliabilityData.Builder}: ratings by unit id, rater id and category, numbered in order
 * of first appearance and kept in growable primitive arrays, with every problem (a blank id, a category not of
 * the scale, a second rating for one unit and rater) collected in the order the ratings came, each on the
 * caller's problem context (file and line) when one was given. Not thread-safe.
 */
final class RatingLog {
  private final Scale scale;
  private final Map<String, Integer> units = new HashMap<>();
  private final List<String> unitIds = new ArrayList<>();
  private final Map<String, Integer> raters = new HashMap<>();
  private final List<String> raterIds = new ArrayList<>();
  private int[] unitOf = new int[64];
  private int[] raterOf = new int[64];
  private int[] codeOf = new int[64];
  private int size;
  private final ProblemCollector problems = new ProblemCollector();
  /** Caller-given problem contexts (file, line) by rating number, kept only when given. */
  private final Map<Integer, Problem.Builder> contexts = new HashMap<>();

  RatingLog(Scale scale) {
    this.scale = scale;
  }

  /** Declares a unit (so that a unit nobody rated still appears); returns its position. */
  int unit(String unitId) {
    return units.computeIfAbsent(requireId(unitId, "unit"), id -> {
      unitIds.add(id);
      return unitIds.size() - 1;
    });
  }

  /** Declares a rater (so that a rater who rated nothing still appears); returns its position. */
  int rater(String raterId) {
    return raters.computeIfAbsent(requireId(raterId, "rater"), id -> {
      raterIds.add(id);
      return raterIds.size() - 1;
    });
  }

  /** Records a rating. */
  void rate(String unitId, String raterId, Category category) {
    if (blankId(unitId, raterId, Problem.builder())) {
      return;
    }
    if (category.index() >= scale.size() || !scale.category(category.index()).equals(category)) {
      problems.add(Problem.builder().field("value").value(category.label())
          .message("at unit \"" + unitId + "\", rater \"" + raterId + "\" is not a category of the " + scale).build());
      return;
    }
    add(unit(unitId), rater(raterId), category.index());
  }

  /** Records a rating given by category index. */
  void rate(String unitId, String raterId, int categoryIndex) {
    if (blankId(unitId, raterId, Problem.builder())) {
      return;
    }
    if (categoryIndex < 0 || categoryIndex >= scale.size()) {
      problems.add(Problem.builder().field("value").value(Integer.toString(categoryIndex))
          .message("at unit \"" + unitId + "\", rater \"" + raterId + "\" is not a category index in [0, "
              + scale.size() + ")").build());
      return;
    }
    add(unit(unitId), rater(raterId), categoryIndex);
  }

  /** Records a rating given by label; a problem (unknown label, duplicate rating) is built on {@code where}. */
  void rate(String unitId, String raterId, String label, Problem.Builder where) {
    if (blankId(unitId, raterId, where)) {
      return;
    }
    Optional<Category> c = scale.category(label);
    if (c.isEmpty()) {
      problems.add(where.field("value").value(label)
          .message("at unit \"" + unitId + "\", rater \"" + raterId + "\" is not one of " + scale.labels()).build());
      return;
    }
    add(unit(unitId), rater(raterId), c.get().index());
    contexts.put(size - 1, where);
  }

  private void add(int u, int r, int code) {
    if (size == unitOf.length) {
      int n = size * 2;
      unitOf = Arrays.copyOf(unitOf, n);
      raterOf = Arrays.copyOf(raterOf, n);
      codeOf = Arrays.copyOf(codeOf, n);
    }
    unitOf[size] = u;
    raterOf[size] = r;
    codeOf[size] = code;
    size++;
  }

  /** The data; throws {@link dev.losi.core.LosiValidationException} listing every problem. */
  ReliabilityData build() {
    int nu = unitIds.size();
    int nr = raterIds.size();
    int[] codes = new int[nu * nr];
    Arrays.fill(codes, MISSING);
    for (int i = 0; i < size; i++) {
      int at = unitOf[i] * nr + raterOf[i];
      if (codes[at] != MISSING) {
        Problem.Builder where = contexts.getOrDefault(i, Problem.builder());
        problems.add(where.field("value").value(scale.category(codeOf[i]).label())
            .message("unit \"" + unitIds.get(unitOf[i]) + "\", rater \"" + raterIds.get(raterOf[i])
                + "\" is rated more than once (first " + scale.category(codes[at]).label() + "); give one rating per unit and rater")
            .build());
        continue;
      }
      codes[at] = codeOf[i];
    }
    problems.throwIfAny();
    return ReliabilityData.built(scale, unitIds, raterIds, codes);
  }

  /** Collects a problem (and skips the rating) when the unit or rater id is blank. */
  private boolean blankId(String unitId, String raterId, Problem.Builder where) {
    if (unitId == null || unitId.isBlank()) {
      problems.add(where.field("unit").value(unitId == null ? "" : unitId).message("must not be blank").build());
      return true;
    }
    if (raterId == null || raterId.isBlank()) {
      problems.add(where.field("rater").value(raterId == null ? "" : raterId)
          .message("at unit \"" + unitId + "\" must not be blank").build());
      return true;
    }
    return false;
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a " + what + " id must not be blank");
    }
    return id;
  }
}
