package io.saidwho.core.attribution;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.attribution.cue.Mention;
import io.saidwho.core.attribution.cue.MentionKind;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import java.util.Locale;

/**
 * A speech verb whose subject is "it" or an organization's description ({@code the statement
 * noted}, {@code the ministry said}) is attributed to the organization named nearest before, in the
 * same or the two previous paragraphs ("the State Department"), typed ORGANIZATION. A description
 * with a body word ("a ministry spokesperson said", "the bank's statement said") is attributed to the
 * last organization named before whose name holds that word, and one with an organization's
 * acronym ("the AFI jury") to that organization. A capitalised head alone ("the Institute") is the
 * fuller name it shortens. Proper
 * organization names next to a cue ("the State Department said") are already typed by the adjacency
 * sieves.
 */
public final class OrganizationSieve implements AttributionSieve {

  public static final String NAME = "organization";

  /** Resolution by proximity: weaker than a name at the cue. */
  public static final double CONFIDENCE = 0.7;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(SieveContext context, int q) {
    Cue cue = context.cue(q);
    if (cue == null || !refersToOrganization(cue.mention())
        || isOwnedByPerson(context, cue.mention())) {
      return null;
    }
    NameParts org =
        Antecedents.organization(context, cue.mention().span().begin(), bodyWord(cue.mention()));
    if (org == null) {
      return null;
    }
    return context.attribute(org, cue.mention(), cue, NAME, CONFIDENCE);
  }

  private static boolean refersToOrganization(Mention mention) {
    return mention.kind() == MentionKind.PRONOUN && "it".equals(mention.head())
        || mention.kind() == MentionKind.DESCRIPTION && Lexicons.ORGANIZATION_DESCRIPTIONS.contains(mention.head())
        || mention.kind() == MentionKind.DESCRIPTION && spokespersonOf(mention) != null;
  }

  /**
   * "Roe's campaign said", "Roe's office said": a description owned by a person the article names
   * speaks for that person's body, never for an organization named before it.
   */
  private static boolean isOwnedByPerson(SieveContext context, Mention mention) {
    if (mention.kind() != MentionKind.DESCRIPTION) {
      return false;
    }
    String first = mention.text().split(" ", 2)[0];
    String owner = NameWords.stripPossessive(first);
    return !owner.equals(first) && Character.isUpperCase(owner.charAt(0))
        && context.names().isKnownPerson(owner);
  }

  /** The body a description names: its modifier ("a ministry spokesperson"), else its head. */
  private static String bodyWord(Mention mention) {
    String modifier = mention.kind() == MentionKind.DESCRIPTION ? spokespersonOf(mention) : null;
    if (modifier == null && mention.kind() == MentionKind.DESCRIPTION) {
      modifier = acronymIn(mention);
    }
    return modifier != null ? modifier : mention.head();
  }

  /**
   * "the AFI jury", "an NHS spokesman": an organization's acronym modifying the description names
   * the body it speaks for (lower case), or null.
   */
  private static String acronymIn(Mention mention) {
    String[] words = mention.text().split(" ");
    for (int i = words.length - 2; i >= 0; i--) {
      String word = NameWords.stripPossessive(words[i]);
      if (NameWords.isAcronym(word)) {
        return word.toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * "a department spokesperson", "the bank's statement": the body word before a spokesperson or
   * statement head, or null. An unnamed spokesperson speaks for the organization.
   */
  private static String spokespersonOf(Mention mention) {
    if (!Lexicons.SPOKESPERSON_NOUNS.contains(mention.head())) {
      return null;
    }
    String[] words = mention.text().toLowerCase(Locale.ROOT).split(" ");
    for (int i = words.length - 1; i >= 0; i--) {
      String word = NameWords.stripPossessive(words[i]);
      if (!word.equals(mention.head()) && Lexicons.ORGANIZATION_DESCRIPTIONS.contains(word)) {
        return word;
      }
    }
    return acronymIn(mention);
  }
}
