package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Round trip: any set of ratings written as unit,rater,value reads back rating for rating. */
class ReliabilityCsvProperties {

  @Property(tries = 200)
  void ratingsReadBackAsWritten(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 199) Integer> cells,
      @ForAll @IntRange(min = 1, max = 5) int seedValue) throws IOException {
    // cell c: unit c / 5, rater c % 5, value from a fixed formula; repeats of a cell are dropped
    Map<Integer, String> ratings = new LinkedHashMap<>();
    for (int c : cells) {
      ratings.putIfAbsent(c, Integer.toString(1 + (c * 7 + seedValue) % 5));
    }
    StringBuilder csv = new StringBuilder("unit,rater,value\n");
    ratings.forEach((c, v) -> csv.append("u").append(c / 5).append(",r").append(c % 5).append(',').append(v).append('\n'));
    ReliabilityData d = ReliabilityCsv.read("r.csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
        MeasurementLevel.INTERVAL, List.of("1", "2", "3", "4", "5"));
    assertEquals(5, d.scale().size());
    assertEquals(ratings.size(), d.ratingCount());
    for (Map.Entry<Integer, String> e : ratings.entrySet()) {
      int u = d.unitIds().indexOf("u" + e.getKey() / 5);
      int r = d.raterIds().indexOf("r" + e.getKey() % 5);
      assertEquals(e.getValue(), d.rating(u, r).orElseThrow().label());
    }
  }
}
