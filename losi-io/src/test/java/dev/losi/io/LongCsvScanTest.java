package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-level scan reads valid files with empty lines wherever they fall: at the start of a part of a
 * parallel scan (CI found a seed where a cut just before an empty line handed a valid file on) and just after
 * the end of the scan's first buffer. Expected scores come from the object path
 * ({@code Scorer.scoreAll(reader.read(...))}), a second implementation; and cities with more than
 * {@link GroupAnswers#SPARSE} answers exercise the dense store.
 */
class LongCsvScanTest {

  private static final Instrument INS = instrument(12);

  private static Instrument instrument(int n) {
    Instrument.Builder b = Instrument.builder().id("T").editionYear(2024).title("t").addCriteria(Criterion.TECHNOLOGY);
    for (int i = 0; i < n; i++) {
      b.addIndicators(Indicator.builder().code("i" + i).title("t").criterion("TEC")
          .channelScope(ChannelScope.CHANNEL_INDEPENDENT).weight(1 + i % 3).build());
    }
    return b.build();
  }

  private static final String HEADER = "city_id,city_name,country,assessor,indicator,value\n";

  /** Rows of {@code cities} cities, every indicator answered, an empty line after each city's rows. */
  private static String rows(int cities) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cities; c++) {
      for (int i = 0; i < INS.size(); i++) {
        sb.append("C").append(c).append(",City ").append(c).append(",BRA,A,i").append(i).append(',')
            .append((c + i) % 3 == 0 ? "0" : "1").append('\n');
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static List<CityScore> objects(byte[] bytes) throws IOException {
    return Scorer.of(INS).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT)
        .scoreAll(Assessments.reader(INS).read(new ByteArrayInputStream(bytes), "a.csv"));
  }

  private static List<CityScore> scored(PackedAssessments packed) {
    assertNotNull(packed, "read at the byte level");
    return packed.score(Scorer.of(INS).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT));
  }

  @Test
  void aPartStartingAtAnEmptyLineIsReadAtTheByteLevel(@TempDir Path dir) throws IOException {
    String text = HEADER + rows(6);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("a.csv");
    Files.write(file, bytes);
    IndicatorCodes codes = IndicatorCodes.of(INS, List.of());
    // a cut inside the last row of city 2: the part after it starts at the empty line that follows
    long cut = text.indexOf("C2,City 2,BRA,A,i11");
    PackedAssessments parts = LongCsvParts.scan(file, INS, codes, CsvFormat.standard(), AssessmentLayout.AUTO, n -> { },
        (size, start) -> new long[] {cut});
    assertEquals(objects(bytes), scored(parts));
  }

  @Test
  void anEmptyLineJustAfterTheFirstBufferIsReadAtTheByteLevel() throws IOException {
    // header and rows filling exactly the scan's first buffer (1 MiB), the bytes after it an empty line
    StringBuilder sb = new StringBuilder(HEADER);
    int c = 0;
    while (sb.length() < (1 << 20) - 200) {
      sb.append("C").append(c).append(",City ").append(c).append(",BRA,A,i0,1\n");
      c++;
    }
    String last = "C" + c + ",City " + c + ",BRA,A,i0,1";
    int pad = (1 << 20) - sb.length() - last.length() - 1;
    sb.append(last).append("\n");
    String name = "x".repeat(pad);
    String text = sb.toString().replace(last, "C" + c + ",City " + c + name + ",BRA,A,i0,1") + "\n" + "C" + (c + 1)
        + ",City,BRA,A,i0,0\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertEquals('\n', bytes[(1 << 20) - 1], "the first buffer ends with a row");
    assertEquals('\n', bytes[1 << 20], "an empty line follows it");
    PackedAssessments packed = LongCsvScan.scan(new ByteArrayInputStream(bytes), INS, IndicatorCodes.of(INS, List.of()),
        CsvFormat.standard(), AssessmentLayout.AUTO, n -> { });
    assertEquals(objects(bytes), scored(packed));
  }

  /**
   * The parallel side ({@link LongCsvParts}) plans cuts and runs parts; the scanner keeps its state (records,
   * cities, cells, groups, answers) to itself, so neither class can reach into the other's fields. Source: the
   * classes' own declared fields, read by reflection. Before the sixth integration the scanner's records,
   * cities, cells, groups, answers and texts were package-private and the merge in {@code LongCsvParts}
   * read them.
   */
  @Test
  void theScannerAndThePartsShareNoFields() {
    List<String> open = new ArrayList<>();
    for (Class<?> c : List.of(LongCsvScan.class, LongCsvParts.class)) {
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        boolean constant = Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType().isPrimitive();
        if (!Modifier.isPrivate(m) && !constant && !f.isSynthetic()) {
          open.add(c.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertEquals(List.of(), open);
  }
}
