package dev.losi.bench;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.BitPackedAnswers;
import dev.losi.core.scoring.CompiledInstrument;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.io.Instruments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * Packed batch scoring of LOSI-2024 with {@link CompiledInstrument}, one thread: {@value #N} assessments of
 * 95 packed answers in one array (random answers, a third of the PRESENT answers naming an evidence channel),
 * scored in a loop. The score is in assessments per second (one operation is one assessment).
 *
 * <ul>
 *   <li>{@link #points}: the standard points only ({@link CompiledInstrument#points});
 *   <li>{@link #standard}: the full standard result (total, five criteria, two channel scopes) and the level;
 *   <li>{@link #standardAndAdjusted}: what scoring a city of a country with adjustments costs: the full standard
 *       result and level, and the same of the variant with that country's adjustments (3 EXCLUDE_INDICATOR and
 *       2 ACCEPT_CHANNEL).
 * </ul>
 * The same three on the same answers in the bit-packed layout ({@link BitPackedAnswers}, converted once in the
 * set-up): {@link #bitsPoints}, {@link #bitsStandard}, {@link #bitsStandardAndAdjusted}; and
 * {@link #bitsFromPackedAndStandard}, which converts each assessment from the int layout before scoring it (the
 * cost for a reader that fills the int layout).
 * Goals (issue 10): at least 10 million assessments per second per core without adjustments, at least a third
 * of that with them.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PackedScoringBenchmark extends BenchmarkSettings {

  /** Assessments per batch. */
  static final int N = 10_000;

  CompiledInstrument standard;
  CompiledInstrument adjusted;
  int[] packed;
  long[] bits;
  long[] one;
  long[] out;
  long[] outAdjusted;

  /** Compiles LOSI-2024 and its adjusted variant, and packs the assessments (fixed seed). */
  @Setup(Level.Trial)
  public void setUp() {
    Instrument losi = Instruments.load("LOSI-2024");
    standard = CompiledInstrument.of(losi);
    adjusted = standard.withAdjustments(adjustments(losi));
    int size = standard.size();
    packed = new int[N * size];
    Random r = new Random(2024);
    int[] channels = {Channel.maskOf(List.of(Channel.MGP)), Channel.maskOf(List.of(Channel.SOCIAL_MEDIA)),
        Channel.maskOf(List.of(Channel.NATIONAL_PORTAL, Channel.MOBILE_APP))};
    for (int i = 0; i < packed.length; i++) {
      Answer a = r.nextInt(10) < 5 ? Answer.PRESENT : r.nextInt(10) == 0 ? Answer.NOT_APPLICABLE : Answer.ABSENT;
      int mask = a == Answer.PRESENT && r.nextInt(3) == 0 ? channels[r.nextInt(channels.length)] : 0;
      packed[i] = PackedAnswers.pack(a, mask);
    }
    int stride = BitPackedAnswers.stride(size);
    bits = new long[N * stride];
    for (int k = 0; k < N; k++) {
      BitPackedAnswers.fromPacked(packed, k * size, size, bits, k * stride);
    }
    one = new long[stride];
    out = new long[standard.resultLength()];
    outAdjusted = new long[adjusted.resultLength()];
  }

  /** A country's adjustments: three indicators excluded, two MGP-specific ones accepting other channels. */
  static List<CountryAdjustment> adjustments(Instrument losi) {
    List<CountryAdjustment> list = new ArrayList<>();
    int excluded = 0;
    int accepted = 0;
    for (var ind : losi.indicators()) {
      CountryAdjustment.Builder b = CountryAdjustment.builder().id("A" + list.size()).country("BRA")
          .instrumentId(losi.id()).indicator(ind.code()).rationale("benchmark").decidedBy("bench")
          .decidedOn(LocalDate.of(2025, 1, 1));
      if (ind.channelScope() == dev.losi.core.ChannelScope.MGP_SPECIFIC && accepted < 2) {
        list.add(b.kind(AdjustmentKind.ACCEPT_CHANNEL).addAcceptedChannels(Channel.SOCIAL_MEDIA, Channel.MOBILE_APP)
            .build());
        accepted++;
      } else if (excluded < 3 && ind.channelScope() != dev.losi.core.ChannelScope.MGP_SPECIFIC) {
        list.add(b.kind(AdjustmentKind.EXCLUDE_INDICATOR).build());
        excluded++;
      }
    }
    return list;
  }

  /** The standard points of every assessment. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long points() {
    long sum = 0;
    int size = standard.size();
    for (int k = 0; k < N; k++) {
      sum += standard.points(packed, k * size);
    }
    return sum;
  }

  /** The full standard result and level of every assessment. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long standard() {
    long sum = 0;
    int size = standard.size();
    for (int k = 0; k < N; k++) {
      standard.score(packed, k * size, out);
      sum += out[1] + standard.level(out[0]).ordinal();
    }
    return sum;
  }

  /** The full standard and adjusted results and levels of every assessment. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long standardAndAdjusted() {
    long sum = 0;
    int size = standard.size();
    for (int k = 0; k < N; k++) {
      standard.score(packed, k * size, out);
      adjusted.score(packed, k * size, outAdjusted);
      sum += out[1] + standard.level(out[0]).ordinal() + outAdjusted[2] + adjusted.level(outAdjusted[0]).ordinal();
    }
    return sum;
  }

  /** The standard points of every assessment, bit-packed. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long bitsPoints() {
    long sum = 0;
    int stride = BitPackedAnswers.stride(standard.size());
    for (int k = 0; k < N; k++) {
      sum += standard.points(bits, k * stride);
    }
    return sum;
  }

  /** The full standard result and level of every assessment, bit-packed. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long bitsStandard() {
    long sum = 0;
    int stride = BitPackedAnswers.stride(standard.size());
    for (int k = 0; k < N; k++) {
      standard.score(bits, k * stride, out);
      sum += out[1] + standard.level(out[0]).ordinal();
    }
    return sum;
  }

  /** The full standard and adjusted results and levels of every assessment, bit-packed. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long bitsStandardAndAdjusted() {
    long sum = 0;
    int stride = BitPackedAnswers.stride(standard.size());
    for (int k = 0; k < N; k++) {
      standard.score(bits, k * stride, out);
      adjusted.score(bits, k * stride, outAdjusted);
      sum += out[1] + standard.level(out[0]).ordinal() + outAdjusted[2] + adjusted.level(outAdjusted[0]).ordinal();
    }
    return sum;
  }

  /** Each assessment converted from the int layout to bits, then its full standard result and level. */
  @Benchmark
  @OperationsPerInvocation(N)
  public long bitsFromPackedAndStandard() {
    long sum = 0;
    int size = standard.size();
    for (int k = 0; k < N; k++) {
      BitPackedAnswers.fromPacked(packed, k * size, size, one, 0);
      standard.score(one, 0, out);
      sum += out[1] + standard.level(out[0]).ordinal();
    }
    return sum;
  }
}
