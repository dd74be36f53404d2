package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ClassListRun --normalise}, worked by hand: comments kept as recorded, class names sorted with repeats
 * dropped, then the {@code @lambda-proxy} and {@code @lambda-form-invoker} lines sorted; the {@code @cp} lines a
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
    ClassListRun.normalise(list);
    assertEquals(String.join("\n",
        "# NOTE: Do not modify this file.",
        "dev/losi/cli/Main id: 1",
        "java/lang/Object id: 0",
        "picocli/CommandLine id: 2",
        "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
        "@lambda-proxy java/lang/Thread run ()V") + "\n", Files.readString(list, StandardCharsets.UTF_8));
  }
}
