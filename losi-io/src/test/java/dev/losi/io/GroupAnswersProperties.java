package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link GroupAnswers} against a plain model (one array per group, {@link GroupAnswers#NOT_GIVEN} where nothing
 * is set): random groups, sizes from 1 to 40 indicators, answers put once ({@code putNew}, refused where one is
 * there) or replaced ({@code set}), enough groups with more than {@link GroupAnswers#SPARSE} answers to fill
 * several blocks of {@link GroupAnswers#BLOCK_SLOTS} dense slots, and groups copied whole into a second store
 * ({@code copyNew}, sparse and dense): each group's answers ({@code copyTo}, {@code forEach}) are the model's.
 */
class GroupAnswersProperties {

  @Property(tries = 60)
  void theStoreHoldsWhatWasPut(@ForAll long seed) {
    Random rnd = new Random(seed);
    int size = 1 + rnd.nextInt(40);
    int groups = rnd.nextInt(4 * GroupAnswers.BLOCK_SLOTS + 10);
    GroupAnswers store = new GroupAnswers(size);
    List<int[]> model = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      assertEquals(g, store.add());
      int[] m = new int[size];
      Arrays.fill(m, GroupAnswers.NOT_GIVEN);
      model.add(m);
    }
    int puts = groups == 0 ? 0 : groups * (1 + rnd.nextInt(2 * size + 2));
    for (int k = 0; k < puts; k++) {
      int g = rnd.nextInt(groups);
      int position = rnd.nextInt(size);
      int packed = rnd.nextInt(1 << 14);
      int[] m = model.get(g);
      if (rnd.nextInt(4) == 0) {
        store.set(g, position, packed);
        m[position] = packed;
      } else {
        boolean free = m[position] == GroupAnswers.NOT_GIVEN;
        assertEquals(free, store.putNew(g, position, packed), "putNew where " + (free ? "free" : "taken"));
        if (free) {
          m[position] = packed;
        }
      }
    }
    assertHolds(store, model, size);

    // every other group, in a random order, copied into a second store that also has groups of its own
    GroupAnswers copy = new GroupAnswers(size);
    List<int[]> copyModel = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int g = 0; g < groups; g += 2) {
      order.add(g);
    }
    java.util.Collections.shuffle(order, rnd);
    for (int g : order) {
      if (rnd.nextBoolean()) { // a group of the copy's own first
        int own = copy.add();
        int[] m = new int[size];
        Arrays.fill(m, GroupAnswers.NOT_GIVEN);
        int position = rnd.nextInt(size);
        copy.set(own, position, 7);
        m[position] = 7;
        copyModel.add(m);
      }
      int ours = copy.add();
      assertEquals(true, copy.isEmpty(ours));
      copy.copyNew(ours, store, g);
      copyModel.add(model.get(g).clone());
    }
    assertHolds(copy, copyModel, size);
    assertHolds(store, model, size); // the source unchanged
  }

  private static void assertHolds(GroupAnswers store, List<int[]> model, int size) {
    assertEquals(model.size(), store.groups());
    for (int g = 0; g < model.size(); g++) {
      int[] out = new int[size];
      store.copyTo(g, out, -7);
      int[] expected = model.get(g).clone();
      for (int i = 0; i < size; i++) {
        if (expected[i] == GroupAnswers.NOT_GIVEN) {
          expected[i] = -7;
        }
      }
      assertArrayEquals(expected, out, "group " + g);
      TreeMap<Integer, Integer> seen = new TreeMap<>();
      store.forEach(g, (position, packed) -> assertEquals(null, seen.put(position, packed), "position once"));
      for (int i = 0; i < size; i++) {
        assertEquals(model.get(g)[i] == GroupAnswers.NOT_GIVEN ? null : model.get(g)[i], seen.get(i),
            "group " + g + " position " + i);
      }
    }
  }
}
