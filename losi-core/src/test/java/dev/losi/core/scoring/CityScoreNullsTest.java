package dev.losi.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.City;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A null component of {@link CityScore} is refused with a {@link NullPointerException} whose message is that
 * component's name, as {@code Objects.requireNonNull(x, "x")} and the other records' checks name it. Source:
 * the record's own component list, read by reflection, each set to null in turn in an otherwise valid call.
 * Before the sixth integration every null gave one message listing seven names, and a null collection an
 * NPE with no message at all.
 */
class CityScoreNullsTest {

  @Test
  void eachNullComponentIsNamed() throws Exception {
    City city = City.builder().id("X").name("X").country("BRA").build();
    Object[] valid = {city, "A", "T", new Score(3, 10), Map.of(), Map.of(), new AnswerCounts(10, 0, 0, 0, 0),
        List.of(), List.of(), Optional.empty(), Optional.empty()};
    RecordComponent[] components = CityScore.class.getRecordComponents();
    Constructor<CityScore> canonical = CityScore.class.getConstructor(
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    assertEquals(components.length, valid.length);
    canonical.newInstance(valid);
    for (int i = 0; i < components.length; i++) {
      Object[] args = valid.clone();
      args[i] = null;
      InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> canonical.newInstance(args));
      assertInstanceOf(NullPointerException.class, e.getCause());
      assertEquals(components[i].getName(), e.getCause().getMessage());
    }
  }
}
