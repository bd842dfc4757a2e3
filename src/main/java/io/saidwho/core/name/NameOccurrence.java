package io.saidwho.core.name;

import io.saidwho.core.text.TextSpan;

/**
 * One run of capitalised words in an article, read as a name.
 *
 * @param span the run's chars (title words included), half-open
 * @param parts its title and name
 * @param subjectLike true when the run is not after a preposition and not possessive, so it may be
 *     the subject of its clause
 */
public record NameOccurrence(TextSpan span, NameParts parts, boolean subjectLike) {

  public int begin() {
    return span.begin();
  }

  /** True when the run names a person (a name that is no organization or place). */
  public boolean isPerson() {
    return parts.hasName() && !parts.organization();
  }

  /** True when the run names an organization or body. */
  public boolean isOrganization() {
    return parts.hasName() && parts.organization();
  }
}
