package io.saidwho.core.quote;

/** What a quoted span is, as in the gold guidelines (sample-data/gold). */
public enum QuoteKind {
  /** At least one complete clause (own subject and finite verb), or a piece of such a quote. */
  DIRECT("direct"),
  /** A fragment (noun phrase, infinitive, predicate) built into the writer's sentence. */
  PARTIAL("partial"),
  /** Quote marks with no speech behind them: titles, scare quotes. */
  NON_SPEECH("non-speech");

  private final String label;

  QuoteKind(String label) {
    this.label = label;
  }

  /** The value written to the {@code kind} column. */
  public String label() {
    return label;
  }

  public static QuoteKind fromLabel(String label) {
    for (QuoteKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown quote kind: " + label);
  }
}
