package io.saidwho.core.attribution;

import io.saidwho.core.name.NameParts;
import java.util.Arrays;
import java.util.Set;

/**
 * A speech verb whose subject is "it" or an organization's description ({@code the statement
 * noted}, {@code the ministry said}) is attributed to the organization named nearest before, in the
 * same or the two previous paragraphs ("the State Department"), typed ORGANIZATION. Proper
 * organization names next to a cue ("the State Department said") are already typed by the adjacency
 * sieves.
 */
public final class OrganizationSieve implements AttributionSieve {

  public static final String NAME = "organization";

  /** Resolution by proximity: weaker than a name at the cue. */
  public static final double CONFIDENCE = 0.7;

  private static final Set<String> DESCRIPTIONS =
      words(
          "statement ministry department agency government report readout resolution draft "
              + "council committee organization organisation group office embassy mission "
              + "company firm body bloc alliance league army military administration communique "
              + "release union court party campaign kremlin movement club association trust "
              + "team board federation network company's bank fund authority commission "
              + "institute university school hospital force police");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Attribution attribute(AttributionContext context, int q) {
    LocatedCue cue = context.cue(q);
    if (cue == null || !refersToOrganization(cue.mention())) {
      return null;
    }
    NameParts org =
        Antecedents.organization(context, cue.mention().span().begin(), cue.mention().head());
    if (org == null) {
      return null;
    }
    return new Attribution(
        org.name(),
        null,
        SpeakerType.ORGANIZATION,
        cue.mention().text(),
        cue.mention().span(),
        cue.cue(),
        NAME,
        CONFIDENCE);
  }

  private static boolean refersToOrganization(Mention mention) {
    return mention.kind() == MentionKind.PRONOUN && "it".equals(mention.head())
        || mention.kind() == MentionKind.DESCRIPTION && DESCRIPTIONS.contains(mention.head());
  }

  private static Set<String> words(String spaced) {
    return Set.copyOf(Arrays.asList(spaced.split(" ")));
  }
}
