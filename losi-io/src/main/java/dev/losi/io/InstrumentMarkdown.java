package dev.losi.io;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.NumberText;
import dev.losi.core.ProvenanceStatus;
import dev.losi.io.internal.Markdown;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An instrument as a Markdown page (what {@code losi instrument show --format md} prints): a title, a
 * summary line, a table of criteria and a table of indicators with the fields that were reconstructed.
 * Cells escape {@code |} and turn line breaks into {@code <br>}.
 */
final class InstrumentMarkdown {

  private InstrumentMarkdown() {}

  static String of(Instrument ins) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(ins.id()).append(": ").append(ins.title().replace("\n", " ")).append("\n\n");
    Map<ChannelScope, Integer> scopes = ins.countByChannelScope();
    sb.append("Edition ").append(ins.editionYear()).append(". ").append(ins.size()).append(" indicators; maximum ")
        .append(NumberText.of(ins.maximumPoints())).append(" points; ")
        .append(scopes.get(ChannelScope.CHANNEL_INDEPENDENT))
        .append(" channel-independent, ").append(scopes.get(ChannelScope.MGP_SPECIFIC)).append(" MGP-specific.\n\n");
    sb.append(Markdown.row(List.of("code", "criterion", "indicators"))).append("|---|---|---:|\n");
    for (Criterion cr : ins.criteria()) {
      sb.append(Markdown.row(List.of(cr.code(), cr.name(), Integer.toString(ins.countByCriterion().get(cr.code())))));
    }
    sb.append('\n').append("## Indicators\n\n");
    sb.append(Markdown.row(List.of("#", "code", "criterion", "channel scope", "weight", "title", "reconstructed")))
        .append("|---:|---|---|---|---:|---|---|\n");
    int n = 1;
    for (Indicator i : ins.indicators()) {
      sb.append(Markdown.row(List.of(Integer.toString(n++), i.code(), i.criterion(),
          i.channelScope() == ChannelScope.MGP_SPECIFIC ? "MGP-specific" : "channel-independent",
          NumberText.of(i.weight()), i.title(), reconstructed(i))));
    }
    if (!ins.provenance().isBlank()) {
      sb.append("\n## Provenance\n\n").append(ins.provenance()).append('\n');
    }
    return sb.toString();
  }

  private static String reconstructed(Indicator i) {
    return i.provenance().stream().filter(p -> p.status() == ProvenanceStatus.RECONSTRUCTED)
        .map(FieldProvenance::field).collect(Collectors.joining(", "));
  }
}
