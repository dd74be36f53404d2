package dev.losi.stats.io;

import dev.losi.stats.review.CityReconciliation;
import dev.losi.stats.review.PendingItem;
import dev.losi.stats.review.ReconciliationResult;
import dev.losi.stats.review.ResolvedItem;
import dev.losi.stats.review.ReviewerDecision;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON of a reconciliation ({@code losi reconcile}'s summary), written straight to a
 * {@link JsonOut} as {@link AgreementJson} writes the rest of the agreement family, with the same
 * answer and evidence objects. Key names and order are those documented in {@code docs/cli.md}; the text is
 * the one the earlier tree writer gave (property {@code AgreementJsonProperties}).
 */
final class ReconciliationJson {

  private ReconciliationJson() {}

  /** See {@link StatisticsJson#reconciliation(ReconciliationResult)}. */
  static void reconciliation(JsonOut g, ReconciliationResult r) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("complete", r.isComplete());
    g.writeArrayFieldStart("cities");
    for (CityReconciliation c : r.cities()) {
      g.writeStartObject();
      g.writeStringField("city", c.city().id());
      AgreementJson.strings(g, "assessors", c.assessorIds());
      g.writeBooleanField("reconciled", c.isReconciled());
      g.writeStringField("reason", c.notReconciledReason().orElse(null));
      g.writeNumberField("unanimous_items", c.unanimousItems());
      g.writeObjectFieldStart("as_agreement_counts");
      for (Map.Entry<?, Long> e : c.agreementCounts().entrySet()) {
        g.writeNumberField(((Enum<?>) e.getKey()).name().toLowerCase(Locale.ROOT), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("pending");
      for (PendingItem p : c.pending()) {
        g.writeStartObject();
        g.writeStringField("indicator", p.indicator().code());
        g.writeStringField("reason", p.reason());
        g.writeStringField("in_agreement", p.agreementCount().name().toLowerCase(Locale.ROOT));
        ReviewJson.answers(g, p.answers());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("resolved");
      for (ResolvedItem x : c.resolved()) {
        g.writeStartObject();
        g.writeStringField("indicator", x.indicator().code());
        g.writeStringField("answer", x.answer().name());
        g.writeStringField("resolution", x.resolution().name().toLowerCase(Locale.ROOT));
        g.writeStringField("in_agreement", x.agreementCount().name().toLowerCase(Locale.ROOT));
        g.writeStringField("reviewer", x.decision().map(ReviewerDecision::reviewer).orElse(null));
        g.writeStringField("note", x.decision().flatMap(ReviewerDecision::note).orElse(null));
        ReviewJson.answers(g, x.answers());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
