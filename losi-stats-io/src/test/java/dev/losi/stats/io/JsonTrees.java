package dev.losi.stats.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random plain trees for the JSON writers' properties: lists and insertion-ordered maps over given leaves. */
final class JsonTrees {

  private JsonTrees() {}

  /**
   * Trees of at most {@code depth} levels of lists and maps (at most 4 members each) over {@code leaf}, whose map
   * keys are strings of {@code keyChars}, at most {@code keyMaxLength} long; leaves, lists and maps 3 : 2 : 2.
   */
  static Arbitrary<Object> trees(Arbitrary<Object> leaf, String keyChars, int keyMaxLength, int depth) {
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Object> child = trees(leaf, keyChars, keyMaxLength, depth - 1);
    Arbitrary<Object> list = child.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
    Arbitrary<Object> map = Arbitraries.strings().withChars(keyChars).ofMaxLength(keyMaxLength)
        .flatMap(k -> child.map(v -> Arrays.asList(k, v))).list().ofMaxSize(4).map(entries -> {
          Map<String, Object> m = new LinkedHashMap<>();
          for (List<Object> e : entries) {
            m.put((String) e.get(0), e.get(1));
          }
          return (Object) m;
        });
    return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, list), Tuple.of(2, map));
  }
}
