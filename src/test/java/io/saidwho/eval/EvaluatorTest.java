package io.saidwho.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.saidwho.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static GoldQuote gold(int begin, int end, String kind, String speaker) {
    return new GoldQuote("d", new TextSpan(begin, end), null, kind, speaker);
  }

  private static PredictedQuote predicted(int begin, int end, String kind, String speaker) {
    return new PredictedQuote("d", new TextSpan(begin, end), null, kind, speaker, "s");
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
