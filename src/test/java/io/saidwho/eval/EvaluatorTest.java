package io.saidwho.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.saidwho.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static GoldQuote gold(int begin, int end, String kind, String speaker) {
    return GoldQuote.withSpeaker("d", new TextSpan(begin, end), null, kind, speaker);
  }

  private static PredictedQuote predicted(int begin, int end, String kind, String speaker) {
    return new PredictedQuote(
        "d", new TextSpan(begin, end), null, kind, speaker, "s", null, null, "some-rule");
  }

  private static GoldQuote sourced(int begin, int end, int sourceBegin, int sourceEnd) {
    return GoldQuote.withSource(
        "d", new TextSpan(begin, end), null, "x", new TextSpan(sourceBegin, sourceEnd));
  }

  private static PredictedQuote mentioned(
      int begin, int end, String speaker, int mentionBegin, int mentionEnd, String sieve) {
    return new PredictedQuote("d", new TextSpan(begin, end), null, "direct", speaker, sieve, "m",
        new TextSpan(mentionBegin, mentionEnd), "rule");
  }

  @Test
  void exactModeNeedsEqualOffsets() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(gold(10, 110, "direct", "A")), List.of(predicted(11, 110, "direct", "A")));

    assertThat(r.exact().get(Evaluator.ALL)).isEqualTo(new Scores(0, 1, 1));
    assertThat(r.overlap().get(Evaluator.ALL)).isEqualTo(new Scores(1, 0, 0));
  }

  @Test
  void overlapMustCoverEightyPercentOfBothSpans() {
    List<GoldQuote> gold = List.of(gold(100, 200, "direct", null));

    assertThat(Evaluator.evaluate(gold, List.of(predicted(0, 200, "direct", null)))
            .overlap().get(Evaluator.ALL).truePositives())
        .as("a prediction five times longer than the gold span")
        .isZero();
    assertThat(Evaluator.evaluate(gold, List.of(predicted(100, 179, "direct", null)))
            .overlap().get(Evaluator.ALL).truePositives())
        .as("79% of the gold span")
        .isZero();
    assertThat(Evaluator.evaluate(gold, List.of(predicted(100, 180, "direct", null)))
            .overlap().get(Evaluator.ALL).truePositives())
        .isEqualTo(1);
  }

  @Test
  void eachGoldSpanMatchesAtMostOnePrediction() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(gold(0, 10, "direct", null)),
            List.of(predicted(0, 10, "direct", null), predicted(0, 10, "direct", null)));

    assertThat(r.exact().get(Evaluator.ALL)).isEqualTo(new Scores(1, 1, 0));
    assertThat(r.falsePositives()).hasSize(1);
  }

  @Test
  void kindCategoriesCompareOnlyThatKind() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(gold(0, 10, "partial", null), gold(20, 30, "non-speech", null)),
            List.of(predicted(0, 10, "direct", null), predicted(20, 30, "non-speech", null)));

    assertThat(r.exact().get(Evaluator.SPEECH)).isEqualTo(new Scores(1, 0, 0));
    assertThat(r.exact().get("partial")).isEqualTo(new Scores(0, 0, 1));
    assertThat(r.exact().get("direct")).isEqualTo(new Scores(0, 1, 0));
    assertThat(r.kindCorrect()).isEqualTo(1);
    assertThat(r.kindErrors()).hasSize(1);
  }

  @Test
  void speakerComparisonIgnoresCaseAccentsAndPunctuation() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(
                gold(0, 10, "direct", "Linda Thomas-Greenfield"),
                gold(20, 30, "direct", "António Guterres"),
                gold(40, 50, "direct", "Benjamin Netanyahu"),
                gold(60, 70, "direct", "Wang Yi"),
                gold(80, 90, "non-speech", null)),
            List.of(
                predicted(0, 10, "direct", "linda thomas greenfield"),
                predicted(20, 30, "direct", "Antonio Guterres."),
                predicted(40, 50, "direct", "Netanyahu"),
                predicted(60, 70, "direct", null),
                predicted(80, 90, "non-speech", null)));

    assertThat(r.speakerCompared()).as("non-speech gold has no speaker").isEqualTo(4);
    assertThat(r.speakerCorrect()).isEqualTo(2);
    assertThat(r.speakerUnknown()).isEqualTo(1);
    assertThat(r.speakerErrors()).extracting(m -> m.gold().speaker())
        .containsExactly("Benjamin Netanyahu", "Wang Yi");
  }

  @Test
  void anonymousGoldSpeakersAreCountedApartFromNamedOnes() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(
                gold(0, 10, "direct", null),
                gold(20, 30, "partial", null),
                gold(40, 50, "non-speech", null)),
            List.of(
                predicted(0, 10, "direct", null),
                predicted(20, 30, "partial", "Somebody"),
                predicted(40, 50, "non-speech", null)));

    assertThat(r.speakerCompared()).isZero();
    assertThat(r.anonymousCompared()).isEqualTo(2);
    assertThat(r.anonymousCorrect()).isEqualTo(1);
    assertThat(r.anonymousErrors()).extracting(m -> m.predicted().speaker())
        .containsExactly("Somebody");
  }

  @Test
  void aMentionIsRightWhenItOverlapsTheGoldSource() {
    String text = "0123456789 \"a quote here\" said Jane Roe.\nNext paragraph \"b\" he said.";
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(sourced(12, 24, 31, 39), sourced(12 + 40, 12 + 41, 30, 34),
                sourced(60, 61, 63, 65), sourced(70, 71, 0, 2)),
            List.of(
                mentioned(12, 24, "Jane Roe", 36, 39, "cue"),
                mentioned(12 + 40, 12 + 41, "Jane Roe", 0, 5, "pronoun"),
                predicted(60, 61, "direct", null),
                new PredictedQuote("d", new TextSpan(70, 71), null, "direct", "Jane Roe",
                    "repeated", null, null, "rule")),
            java.util.Map.of("d", text + " ".repeat(40)));

    assertThat(r.mentions().compared()).isEqualTo(4);
    assertThat(r.mentions().correct()).as("[36,39) overlaps [31,39)").isEqualTo(1);
    assertThat(r.mentions().unknown()).as("neither speaker nor mention").isEqualTo(1);
    assertThat(r.mentions().bySieve().get("cue")).isEqualTo(new MentionReport.SieveScore(1, 1));
    assertThat(r.mentions().failures())
        .containsEntry("wrong mention, source in an earlier paragraph", 1)
        .containsEntry("unknown, source after the quote, same paragraph", 1)
        .containsEntry("speaker without mention, source in an earlier paragraph", 1);
  }

  @Test
  void goldWithoutKindsOrSpeakersScoresNeither() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(sourced(10, 20, 0, 3)), List.of(mentioned(10, 20, "Jane Roe", 0, 3, "cue")));

    assertThat(r.kindCompared()).isZero();
    assertThat(r.speakerCompared()).isZero();
    assertThat(r.anonymousCompared()).isZero();
    assertThat(r.mentions().accuracy()).isEqualTo(1.0);
  }

  @Test
  void kindConfusionsNameTheRuleThatChose() {
    EvaluationReport r =
        Evaluator.evaluate(
            List.of(gold(0, 10, "non-speech", null), gold(20, 30, "direct", "A")),
            List.of(predicted(0, 10, "partial", null), predicted(20, 30, "direct", "A")));

    assertThat(r.kindConfusion().get("non-speech")).containsEntry("partial", 1);
    assertThat(r.kindConfusion().get("direct")).containsEntry("direct", 1);
    assertThat(r.kindErrorRules()).containsOnlyKeys("non-speech -> partial by some-rule");
  }

  @Test
  void goldRowsMayGiveOnlyTheSourceMention() {
    GoldQuote g = GoldReader.parse("{\"doc\":\"a\",\"start\":5,\"end\":9,"
        + "\"speaker_mention\":\"he\",\"source_start\":1,\"source_end\":3}", "g:1");

    assertThat(g.hasKind()).isFalse();
    assertThat(g.speakerAnnotated()).isFalse();
    assertThat(g.source()).isEqualTo(new TextSpan(1, 3));
    assertThat(g.mention()).isEqualTo("he");
    assertThat(GoldReader.parse("{\"doc\":\"a\",\"start\":5,\"end\":9,"
        + "\"speaker_mention\":null,\"source_start\":null,\"source_end\":null}", "g:2")
        .hasSource()).isFalse();
    assertThatThrownBy(() -> GoldReader.parse(
            "{\"doc\":\"a\",\"start\":5,\"end\":9,\"kind\":\"quote\"}", "g:3"))
        .hasMessageStartingWith("g:3: unknown kind \"quote\"");
  }

  @Test
  void scoresAreZeroWhenUndefined() {
    Scores none = new Scores(0, 0, 0);

    assertThat(none.precision()).isZero();
    assertThat(none.recall()).isZero();
    assertThat(none.f1()).isZero();
    assertThat(new Scores(3, 1, 2).f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
  }

  @Test
  void badGoldLineNamesItsLine() {
    assertThatThrownBy(() -> GoldReader.parse("{\"doc\":\"a\",\"start\":5}", "gold.jsonl:7"))
        .isInstanceOf(EvaluationInputException.class)
        .hasMessage("gold.jsonl:7: missing or non-integer \"end\"");
    assertThatThrownBy(() -> GoldReader.parse("{not json", "gold.jsonl:8"))
        .isInstanceOf(EvaluationInputException.class)
        .hasMessageStartingWith("gold.jsonl:8: not valid JSON");
    assertThatThrownBy(
            () -> GoldReader.parse("{\"doc\":\"a\",\"start\":9,\"end\":5,\"kind\":\"direct\"}", "g:1"))
        .hasMessage("g:1: bad offsets start=9, end=5");
  }
}
