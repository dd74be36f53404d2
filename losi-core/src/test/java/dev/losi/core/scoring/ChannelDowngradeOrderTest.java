package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Channel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression test for issue 15 item 1: a downgrade's channels used to be copied with {@code Set.copyOf},
 * whose iteration order changes from one JVM run to the next, so the CSV {@code downgrades} cell printed
 * {@code SOCIAL_MEDIA+NATIONAL_PORTAL} in about half the runs. The expected order is the declaration order
 * of {@link Channel} (NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA, OTHER), whatever order is given.
 */
class ChannelDowngradeOrderTest {

  @Test
  void channelsIterateInDeclarationOrderWhateverTheInputOrder() {
    List<Channel> expected = List.of(Channel.NATIONAL_PORTAL, Channel.MOBILE_APP, Channel.SOCIAL_MEDIA, Channel.OTHER);
    // Every one of the 24 orders of the four non-MGP channels, each given as an insertion-ordered set.
    for (List<Channel> order : permutations(expected)) {
      ChannelDowngrade d = new ChannelDowngrade("#215", new LinkedHashSet<>(order), Optional.empty());
      assertEquals(expected, new ArrayList<>(d.channels()), "given " + order);
    }
    ChannelDowngrade two = new ChannelDowngrade("#215", Set.of(Channel.SOCIAL_MEDIA, Channel.NATIONAL_PORTAL),
        Optional.empty());
    assertEquals(List.of(Channel.NATIONAL_PORTAL, Channel.SOCIAL_MEDIA), new ArrayList<>(two.channels()));
  }

  private static List<List<Channel>> permutations(List<Channel> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<Channel>> out = new ArrayList<>();
    for (Channel first : items) {
      List<Channel> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<Channel> tail : permutations(rest)) {
        List<Channel> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
  }
}
