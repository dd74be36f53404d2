package dev.losi.core;

/**
 * Whether a field of an indicator comes from a published source or was reconstructed.
 *
 * @since 0.1.0
 */
public enum ProvenanceStatus {
  /** Stated in a published methodology, questionnaire or toolkit. */
  PUBLISHED,
  /** Inferred by the instrument's editors from the best available evidence; see the reason. */
  RECONSTRUCTED
}
