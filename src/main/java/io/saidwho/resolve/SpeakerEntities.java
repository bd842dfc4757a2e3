package io.saidwho.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Resolves the aliases of one group ({@link SpeakerName#groupKey}: the person names sharing a
 * surname, or one title, or one organization) to entities of the batch:
 *
 * <ul>
 *   <li>aliases with the same key are one entity ("Ana Soto", "ANA SOTO", "Minister Ana Soto");
 *   <li>a surname alone joins the full name with that surname when the group has exactly one
 *       ("Soto" joins "Ana Soto"); with two or more full names ("Bill Clinton", "Hillary Clinton")
 *       it stays an entity of its own; a full name never joins another full name;
 *   <li>titles and organizations join nothing but their own key (a title never joins a name).
 * </ul>
 *
 * <p>The entity's name is the fullest of its aliases' names (most words; then most quotes; then
 * the first in text order) and its id is {@link ShortHash} of {@code type:key} of the entity's
 * key, so the same name gets the same id in every batch. Stateless.
 */
public final class SpeakerEntities {

  /** One alias of the batch and how many quotes name it. */
  public record Alias(SpeakerName name, long quotes) {}

  /**
   * An alias and the entity it resolved to.
   *
   * @param speakerKey the entity's id as a long ({@link ShortHash#longOf})
   */
  public record Resolved(String alias, long speakerKey, String speaker, String speakerType) {

    /** The entity's id: {@link ShortHash} of {@code type:key}. */
    public String speakerId() {
      return ShortHash.hex(speakerKey);
    }
  }

  private static final Comparator<Alias> FULLEST = Comparator
      .comparingInt((Alias a) -> a.name().wordCount()).reversed()
      .thenComparing(Comparator.comparingLong(Alias::quotes).reversed())
      .thenComparing(a -> a.name().display());

  private SpeakerEntities() {}

  /** The entity of every alias of one group (all of them sharing one group key). */
  public static List<Resolved> resolve(List<Alias> group) {
    String onlyFullName = onlyFullName(group);
    Map<String, List<Alias>> byEntity = new LinkedHashMap<>();
    for (Alias alias : group) {
      byEntity.computeIfAbsent(entityKey(alias.name(), onlyFullName), k -> new ArrayList<>())
          .add(alias);
    }
    List<Resolved> out = new ArrayList<>(group.size());
    byEntity.forEach((key, aliases) -> {
      Alias fullest = aliases.stream().min(FULLEST).orElseThrow();
      String type = fullest.name().type();
      long id = ShortHash.longOf(type + ":" + key);
      for (Alias alias : aliases) {
        out.add(new Resolved(alias.name().alias(), id, fullest.name().display(), type));
      }
    });
    return out;
  }

  /** The key of the group's one full name, or null when it has none or several. */
  private static String onlyFullName(List<Alias> group) {
    TreeSet<String> full = new TreeSet<>();
    for (Alias alias : group) {
      if (alias.name().form() == SpeakerName.Form.FULL_NAME) {
        full.add(alias.name().key());
      }
    }
    return full.size() == 1 ? full.first() : null;
  }

  private static String entityKey(SpeakerName name, String onlyFullName) {
    return name.form() == SpeakerName.Form.SURNAME && onlyFullName != null
        ? onlyFullName : name.key();
  }
}
