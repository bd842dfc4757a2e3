package io.saidwho.core.attribution;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.attribution.cue.Mention;
import io.saidwho.core.attribution.cue.MentionKind;
import io.saidwho.core.attribution.cue.Words;
import io.saidwho.core.name.NameParts;
import java.util.Locale;

/**
 * "He said", "she added", "the minister said": the pronoun or role description is resolved to the
 * person named nearest before it (see {@link Antecedents}): earlier in the same sentence, else the
 * subject or quote speaker of the closest earlier sentence, back into the previous paragraph. A
 * role description prefers a person given that role ("Foreign Minister Jane Roe"); a description by
 * age ("the 27-year-old Pole") takes the person being discussed.
 */
public final class PronounSieve implements AttributionSieve {

  public static final String NAME = "pronoun";

  /** Resolution by proximity: weaker than a name at the cue. */
  public static final double CONFIDENCE = 0.75;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    Cue cue = context.cue(q);
    if (cue == null) {
      return null;
    }
    Mention mention = cue.mention();
    String role = roleOf(mention);
    boolean aged = isAgeDescription(mention);
    if (!isPersonalPronoun(mention) && role == null && !aged) {
      return null;
    }
    int at = mention.span().begin();
    NameParts person =
        aged
            ? Antecedents.person(context, at, Referent.anyone())
            : role == null
                ? Antecedents.person(context, at, Referent.pronoun(mention.head()))
                : Antecedents.person(context, at, Referent.role(role));
    if (person == null && role != null) {
      person = Antecedents.person(context, at, Referent.anyone());
    }
    if (person == null) {
      return null;
    }
    return context.attribute(person, mention, cue, NAME, CONFIDENCE);
  }

  private static boolean isPersonalPronoun(Mention mention) {
    return mention.kind() == MentionKind.PRONOUN
        && ("he".equals(mention.head()) || "she".equals(mention.head()));
  }

  /** "the 27-year-old Pole", "the 58-year-old": a definite description by age names someone known. */
  private static boolean isAgeDescription(Mention mention) {
    return mention.kind() == MentionKind.DESCRIPTION
        && mention.text().toLowerCase(Locale.ROOT).startsWith("the ")
        && Words.mentionsAge(mention.text());
  }

  /** The role word of a definite description ("the minister"); an indefinite one is new. */
  private static String roleOf(Mention mention) {
    String lower = mention.text().toLowerCase(Locale.ROOT);
    boolean indefinite =
        lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ");
    return mention.kind() == MentionKind.DESCRIPTION
            && (Lexicons.PERSON_ROLE_NOUNS.contains(mention.head())
                || Lexicons.ROLES.contains(mention.head()))
            && !indefinite
        ? mention.head()
        : null;
  }
}
