package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ClassListRun --normalise}, worked by hand: comments kept as recorded, class names sorted with repeats
 * dropped and without the {@code id: N} of Java 21 and later, then the {@code @lambda-proxy} and {@code @lambda-form-invoker} lines sorted; the {@code @cp} lines a
 * Java 21 or 25 build records are dropped (Java 17's {@code -Xshare:dump} stops at the first with "Invalid @ tag
 * at the beginning of line", which was seen when a distribution built on Temurin 25 was run on OpenJDK 17).
 */
class ClassListNormaliseTest {

  @Test
  void recordedListIsSortedAndKeepsOnlyWhatJava17Reads(@TempDir Path dir) throws IOException {
    Path list = dir.resolve("losi.classlist");
    Files.writeString(list, String.join("\n",
        "# NOTE: Do not modify this file.",
        "picocli/CommandLine id: 2",
        "@lambda-proxy java/lang/Thread run ()V",
        "java/lang/Object id: 0",
        "@cp com/fasterxml/jackson/annotation/JsonAutoDetect$Visibility 4 6 14 26",
        "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
        "picocli/CommandLine id: 2",
        "",
        "@cp java/lang/String 1 2",
        "dev/losi/cli/Main id: 1") + "\n", StandardCharsets.UTF_8);
    ClassListRun.normalise(list, List.of());
    assertEquals(String.join("\n",
        "# NOTE: Do not modify this file.",
        "dev/losi/cli/Main",
        "java/lang/Object",
        "picocli/CommandLine",
        "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
        "@lambda-proxy java/lang/Thread run ()V") + "\n", Files.readString(list, StandardCharsets.UTF_8));
  }

  /**
   * Two recorded lists merged, worked by hand: the second list's comments are dropped, its classes and {@code @}
   * lines join the first's, sorted, with the repeats dropped. Each list numbers its classes from 0 (Java 21 and
   * later), so {@code dev/losi/io/LongCsvParts id: 1} of the second list and {@code dev/losi/cli/Main id: 1} of
   * the first would give one number to two classes; without the numbers the two lines of
   * {@code java/lang/Object} (ids 0 and 0) are one.
   */
  @Test
  void aSecondListIsMergedWithoutClassNumbers(@TempDir Path dir) throws IOException {
    Path list = Files.writeString(dir.resolve("losi.classlist"), String.join("\n",
        "# recorded by the small cases",
        "java/lang/Object id: 0",
        "dev/losi/cli/Main id: 1",
        "@lambda-proxy dev/losi/cli/Main run ()V") + "\n", StandardCharsets.UTF_8);
    Path large = Files.writeString(dir.resolve("losi-large.classlist"), String.join("\n",
        "# recorded by the large cases",
        "java/lang/Object id: 0",
        "dev/losi/io/LongCsvParts id: 1",
        "java/util/concurrent/FutureTask",
        "@lambda-proxy dev/losi/io/LongCsvParts run ()Ljava/lang/Runnable;",
        "@lambda-proxy dev/losi/cli/Main run ()V") + "\n", StandardCharsets.UTF_8);
    ClassListRun.normalise(list, List.of(large));
    assertEquals(String.join("\n",
        "# recorded by the small cases",
        "dev/losi/cli/Main",
        "dev/losi/io/LongCsvParts",
        "java/lang/Object",
        "java/util/concurrent/FutureTask",
        "@lambda-proxy dev/losi/cli/Main run ()V",
        "@lambda-proxy dev/losi/io/LongCsvParts run ()Ljava/lang/Runnable;") + "\n",
        Files.readString(list, StandardCharsets.UTF_8));
  }
}
