package dev.losi.stats.review;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assessments of one city, assessors in id order, with their positions in the grouped list; and the checked
 * grouping of a whole set.
 */
record CityAssessments(City city, List<Assessment> assessments, int[] members) {

  List<String> assessorIds() {
    return assessments.stream().map(Assessment::assessorId).toList();
  }

  /**
   * Groups assessments by city (cities in order of first appearance), after checking every problem:
   * an assessment of another instrument, the same assessor twice for a city, a response to an indicator
   * the instrument does not have, and one city id with different city details. Each group's members are the
   * positions of its assessments in {@code all}.
   */
  static List<CityAssessments> group(Instrument instrument, List<Assessment> all, String what) {
    ProblemCollector problems = new ProblemCollector();
    Map<String, List<Integer>> byCity = new LinkedHashMap<>();
    Map<String, City> cities = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < all.size(); k++) {
      Assessment a = all.get(k);
      String cityId = a.city().id();
      Problem.Builder at = Problem.builder().city(cityId).assessor(a.assessorId());
      if (!a.instrumentId().equals(instrument.id())) {
        problems.add(at.field("instrumentId").value(a.instrumentId())
            .message("is not the instrument " + instrument.id() + " of this " + what).build());
        continue;
      }
      if (!seen.add(cityId + "\u0000" + a.assessorId())) {
        problems.add(Problem.builder().city(cityId).assessor(a.assessorId())
            .message("has more than one assessment of this city; give one per assessor").build());
        continue;
      }
      City known = cities.putIfAbsent(cityId, a.city());
      if (known != null && !known.equals(a.city())) {
        problems.add(Problem.builder().city(cityId).assessor(a.assessorId()).field("city")
            .message("has different details (name, country, ...) from another assessment of the same city id").build());
      }
      for (Response r : a.responses()) {
        if (!instrument.hasIndicator(r.indicator())) {
          problems.add(Problem.builder().city(cityId).assessor(a.assessorId()).indicator(r.indicator())
              .message("is not an indicator of " + instrument.id()).build());
        }
      }
      byCity.computeIfAbsent(cityId, x -> new ArrayList<>()).add(k);
    }
    problems.throwIfAny();
    List<CityAssessments> out = new ArrayList<>();
    byCity.forEach((id, ks) -> {
      List<Integer> sorted = new ArrayList<>(ks);
      sorted.sort(Comparator.comparing((Integer k) -> all.get(k).assessorId()));
      out.add(new CityAssessments(cities.get(id), sorted.stream().map(all::get).toList(),
          sorted.stream().mapToInt(Integer::intValue).toArray()));
    });
    return out;
  }
}
