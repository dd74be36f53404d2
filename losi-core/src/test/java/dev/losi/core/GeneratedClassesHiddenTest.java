package dev.losi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Link;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 7, "one meaning of public": the classes Immutables generates under the shared
 * {@code @ValueStyle} are package-private, and each value type's public {@code builder()} returns its own
 * public nested {@code Builder}, whose {@code build()} returns the value type.
 */
class GeneratedClassesHiddenTest {

  static final List<Class<?>> VALUES = List.of(Assessment.class, City.class, CountryAdjustment.class, Criterion.class,
      Evidence.class, FieldProvenance.class, Indicator.class, Instrument.class, Problem.class, Response.class,
      EditionMapping.class, Link.class);

  @Test
  void generatedClassesArePackagePrivate() throws ClassNotFoundException {
    for (Class<?> value : VALUES) {
      Class<?> generated = Class.forName(value.getPackageName() + ".Immutable" + value.getSimpleName());
      assertFalse(Modifier.isPublic(generated.getModifiers()), generated.getName());
    }
  }

  @Test
  void buildersArePublicNestedTypesOfTheValues() throws ReflectiveOperationException {
    for (Class<?> value : VALUES) {
      Method builder = value.getMethod("builder");
      Class<?> type = builder.getReturnType();
      assertEquals(value, type.getEnclosingClass(), value.getName());
      assertTrue(Modifier.isPublic(type.getModifiers()), type.getName());
      assertEquals(value, type.getMethod("build").getReturnType(), type.getName());
    }
  }
}
